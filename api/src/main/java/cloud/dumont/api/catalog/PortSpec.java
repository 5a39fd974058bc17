package cloud.dumont.api.catalog;

/**
 * A port a template exposes. {@code healthPath} is the HTTP path that answers 2xx once the app is up (null when the
 * port is not HTTP).
 */
public record PortSpec(int port, String protocol, String label, String healthPath) {}
