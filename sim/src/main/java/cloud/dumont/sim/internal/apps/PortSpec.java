package cloud.dumont.sim.internal.apps;

/** A container port to map, as Vast.ai keys it in {@code ports}: {@code "8888/tcp"}. */
public record PortSpec(int containerPort, String protocol) {

    public PortSpec {
        if (containerPort < 1 || containerPort > 65535) {
            throw new IllegalArgumentException("port out of range: " + containerPort);
        }
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw new IllegalArgumentException("protocol must be tcp or udp: " + protocol);
        }
    }

    public static PortSpec tcp(int port) {
        return new PortSpec(port, "tcp");
    }

    public String key() {
        return containerPort + "/" + protocol;
    }
}
