package cloud.dumont.sim.internal.apps;

import java.util.Locale;

/**
 * Which app a container port runs, picked by image name first and by the app's well-known port
 * second: a vLLM image answers vLLM on 8000 and on unknown ports, but 8888 is Jupyter whatever
 * the image.
 */
public enum AppKind {
    JUPYTER("JupyterLab", 8888),
    COMFYUI("ComfyUI", 8188),
    SD_WEBUI("Stable Diffusion WebUI", 7860),
    VLLM("vLLM", 8000),
    PLAIN("container", -1);

    private final String displayName;
    private final int defaultPort;

    AppKind(String displayName, int defaultPort) {
        this.displayName = displayName;
        this.defaultPort = defaultPort;
    }

    public String displayName() {
        return displayName;
    }

    public static AppKind forPort(int containerPort, String image, boolean vastJupyter) {
        AppKind byImage = fromImage(image);
        AppKind byPort = fromPort(containerPort, vastJupyter);
        if (byImage != PLAIN && (byPort == PLAIN || byPort == byImage)) {
            return byImage;
        }
        return byPort;
    }

    static AppKind fromImage(String image) {
        String name = image == null ? "" : image.toLowerCase(Locale.ROOT);
        if (name.contains("vllm")) {
            return VLLM;
        }
        if (name.contains("comfy")) {
            return COMFYUI;
        }
        if (name.contains("stable-diffusion")
                || name.contains("sd-webui")
                || name.contains("automatic1111")
                || name.contains("a1111")
                || name.contains("forge")) {
            return SD_WEBUI;
        }
        if (name.contains("jupyter") || name.contains("notebook")) {
            return JUPYTER;
        }
        return PLAIN;
    }

    /** Vast.ai's own Jupyter (jupyter runtypes) listens on 8080. */
    static AppKind fromPort(int port, boolean vastJupyter) {
        if (vastJupyter && port == 8080) {
            return JUPYTER;
        }
        for (AppKind kind : values()) {
            if (kind.defaultPort == port) {
                return kind;
            }
        }
        return PLAIN;
    }
}
