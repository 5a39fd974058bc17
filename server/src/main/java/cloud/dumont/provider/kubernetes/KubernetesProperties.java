package cloud.dumont.provider.kubernetes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Kubernetes adapter ({@code dumont.kubernetes.*}). Every field may be left out.
 *
 * @param mode {@code auto} (a real cluster when {@code KUBECONFIG}, {@code ~/.kube/config} or an in-cluster service
 *     account is there, else the simulated one), {@code real} or {@code simulated}
 * @param context a kubeconfig context to use instead of the current one; blank keeps the current
 * @param platformNamespace where Dynamo's platform chart runs (operator, NATS, etcd)
 */
@ConfigurationProperties("dumont.kubernetes")
record KubernetesProperties(String mode, String context, String platformNamespace, Simulator simulator) {

    KubernetesProperties {
        mode = mode == null || mode.isBlank() ? "auto" : mode.trim();
        context = context == null || context.isBlank() ? null : context.trim();
        platformNamespace = platformNamespace == null ? "dynamo-system" : platformNamespace;
        simulator = simulator == null ? new Simulator(null, 0, 0) : simulator;
        if (!mode.equals("auto") && !mode.equals("real") && !mode.equals("simulated")) {
            throw new IllegalArgumentException("dumont.kubernetes.mode is auto, real or simulated, not " + mode);
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
