package cloud.dumont.api.deployment;

/**
 * The per-deployment secret that guards the app, shown to the deployment's owner only.
 *
 * @param scheme {@code token} (Jupyter, the instance portal), {@code basic} (SD WebUI's gradio auth) or
 *     {@code api-key} (vLLM's bearer key)
 * @param username for {@code basic}, else null
 */
public record AppCredentials(String scheme, String username, String secret) {}
