package cloud.dumont.provider.kubernetes;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Kubernetes adapter ({@code dumont.kubernetes.*}). Every field may be left out.
 *
 * @param mode {@code auto} (a real cluster when {@code KUBECONFIG}, {@code ~/.kube/config} or an in-cluster service
 *     account is there, else the simulated one), {@code real} or {@code simulated}
 * @param name the default cluster's name in Dumont; {@code default}, or {@code simulated} for the simulated cluster
 * @param context a kubeconfig context to use instead of the current one; blank keeps the current
 * @param platformNamespace where Dynamo's platform chart runs (operator, NATS, etcd)
 * @param clusters further real clusters, each a kubeconfig context under a name of its own
 */
@ConfigurationProperties("dumont.kubernetes")
record KubernetesProperties(
        String mode,
        String name,
        String context,
        String platformNamespace,
        Simulator simulator,
        List<NamedCluster> clusters) {

    KubernetesProperties {
        mode = mode == null || mode.isBlank() ? "auto" : mode.trim();
        name = name == null || name.isBlank() ? null : name.trim();
        context = context == null || context.isBlank() ? null : context.trim();
        platformNamespace = platformNamespace == null ? "dynamo-system" : platformNamespace;
        simulator = simulator == null ? new Simulator(null, 0, 0) : simulator;
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        if (!mode.equals("auto") && !mode.equals("real") && !mode.equals("simulated")) {
            throw new IllegalArgumentException("dumont.kubernetes.mode is auto, real or simulated, not " + mode);
        }
        Set<String> names = new HashSet<>();
        if (name != null) {
            names.add(name);
        }
        for (NamedCluster cluster : clusters) {
            if (!names.add(cluster.name())) {
                throw new IllegalArgumentException("dumont.kubernetes.clusters: the name " + cluster.name()
                        + " is used twice (the default cluster's name counts)");
            }
        }
    }

    /**
     * A further cluster.
     *
     * @param name how Dumont shows it and deployments name it: lower-case letters, digits and dashes
     * @param context the kubeconfig context that reaches it
     */
    record NamedCluster(String name, String context) {
        NamedCluster {
            if (name == null || !name.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
                throw new IllegalArgumentException(
                        "dumont.kubernetes.clusters[].name must be lower-case letters, digits and dashes: " + name);
            }
            if (context == null || context.isBlank()) {
                throw new IllegalArgumentException("dumont.kubernetes.clusters[" + name + "].context is required");
            }
        }
    }

    /**
     * The simulated cluster.
     *
     * @param step how often the stand-in operator acts; pods take about three steps to be ready
     */
    record Simulator(Duration step, int nodes, int gpusPerNode) {
        Simulator {
            step = step == null ? Duration.ofSeconds(2) : step;
            nodes = nodes <= 0 ? 2 : nodes;
            gpusPerNode = gpusPerNode <= 0 ? 4 : gpusPerNode;
        }
    }
}
