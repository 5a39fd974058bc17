package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.KubernetesClusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured clusters by name, in configuration order: the default first. */
final class NamedClusters implements KubernetesClusters {

    private final Map<String, KubernetesCluster> clusters;

    NamedClusters(Map<String, KubernetesCluster> clusters) {
        if (clusters.isEmpty()) {
            throw new IllegalArgumentException("at least the default cluster is configured");
        }
        this.clusters = new LinkedHashMap<>(clusters);
    }

    @Override
    public List<String> names() {
        return List.copyOf(clusters.keySet());
    }

    @Override
    public String defaultName() {
        return clusters.keySet().iterator().next();
    }

    @Override
    public Optional<KubernetesCluster> find(String name) {
        return Optional.ofNullable(clusters.get(name));
    }
}
