package cloud.dumont.api.deployment;

/**
 * Where a deployed app answers.
 *
 * @param url the address to open; for apps that take their secret in the URL (Jupyter's {@code ?token=}) it carries
 *     it, and is then shown to the deployment's owner only
 */
public record Endpoint(int port, String label, String url) {}
