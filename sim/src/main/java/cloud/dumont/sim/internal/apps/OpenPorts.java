package cloud.dumont.sim.internal.apps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host ports one boot of an instance holds, by Vast.ai port key ({@code "8888/tcp"}). Closing
 * releases every listener, so the ports stop answering the moment an instance stops.
 */
public final class OpenPorts implements AutoCloseable {

    private final Map<String, Integer> hostPorts = new LinkedHashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    void add(PortSpec spec, int hostPort, AutoCloseable resource) {
        hostPorts.put(spec.key(), hostPort);
        if (resource != null) {
            resources.add(resource);
        }
    }

    public Map<String, Integer> hostPorts() {
        return Map.copyOf(hostPorts);
    }

    public Map<String, Integer> orderedHostPorts() {
        return new LinkedHashMap<>(hostPorts);
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // a listener that fails to close is already unusable; keep closing the rest
            }
        }
        resources.clear();
    }
}
