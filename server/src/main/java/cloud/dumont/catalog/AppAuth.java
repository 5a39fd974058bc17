package cloud.dumont.catalog;

/**
 * How a template's app is guarded by the secret each deployment gets, so no app port is ever open without auth.
 * Dumont injects the secret at launch and probes health with it.
 */
public enum AppAuth {
    /** Jupyter's own token ({@code JUPYTER_TOKEN}); the URL carries {@code ?token=} so one click opens the app. */
    JUPYTER_TOKEN,
    /** Gradio's basic auth for the UI and the API ({@code --gradio-auth}, {@code --api-auth} in the WebUI flags). */
    GRADIO_AUTH,
    /** A bearer key the app checks itself (vLLM's {@code --api-key}); its health path stays open. */
    API_KEY,
    /**
     * Vast.ai's instance portal, a Caddy proxy in front of the app port that takes the token ({@code
     * OPEN_BUTTON_TOKEN}) as {@code ?token=} or as a bearer header; for apps with no auth of their own (ComfyUI).
     */
    PORTAL_TOKEN
}
