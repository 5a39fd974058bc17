package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.KubernetesCluster.ClusterStatus;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import java.util.Map;

/**
 * What the cluster page checks before anyone deploys: the API server answers, the DGD CRD is installed, Dynamo's
 * platform (operator, NATS, etcd) is ready, and GPUs are free. A frontend that cannot reach NATS crash-loops, and
 * without free GPUs workers stay Pending, so both are worth showing up front.
 */
final class ClusterHealth {

    static final String NATS_POD = "dynamo-platform-nats-0";
    static final String ETCD_POD = "dynamo-platform-etcd-0";

    private final KubernetesClient client;
    private final String platformNamespace;
    private final boolean simulated;
    private final String fallbackVersion;

    /**
     * @param fallbackVersion what to report instead of {@code /version}'s answer, for the simulated cluster: fabric8's
     *     mock server answers without numbers; null for real clusters
     */
    ClusterHealth(KubernetesClient client, String platformNamespace, boolean simulated, String fallbackVersion) {
        this.fallbackVersion = fallbackVersion;
        this.client = client;
        this.platformNamespace = platformNamespace;
        this.simulated = simulated;
    }

    ClusterStatus status() {
        String version;
        try {
            VersionInfo info = client.getKubernetesVersion();
            version = fallbackVersion != null
                    ? fallbackVersion
                    : info.getGitVersion() != null ? info.getGitVersion() : info.getMajor() + "." + info.getMinor();
        } catch (KubernetesClientException e) {
            return new ClusterStatus(false, null, false, false, false, false, 0, 0, simulated, e.getMessage());
        }
        try {
            boolean crd = client.apiextensions()
                            .v1()
                            .customResourceDefinitions()
                            .withName(DynamoResources.CRD_NAME)
                            .get()
                    != null;
            int allocatable = allocatableGpus();
            return new ClusterStatus(
                    true,
                    version,
                    crd,
                    operatorReady(),
                    podReady(NATS_POD),
                    podReady(ETCD_POD),
                    allocatable,
                    Math.max(0, allocatable - requestedGpus()),
                    simulated,
                    null);
        } catch (KubernetesClientException e) {
            // Reachable, but this account may not read nodes or other namespaces: report what blocked it.
            return new ClusterStatus(true, version, false, false, false, false, 0, 0, simulated, e.getMessage());
        }
    }

    /** Helm names it {@code dynamo-platform-dynamo-operator-controller-manager}; other installs vary the prefix. */
    private boolean operatorReady() {
        for (Deployment deployment : client.apps()
                .deployments()
                .inNamespace(platformNamespace)
                .list()
                .getItems()) {
            if (deployment.getMetadata().getName().contains("dynamo-operator")
                    && deployment.getStatus() != null
                    && deployment.getStatus().getReadyReplicas() != null
                    && deployment.getStatus().getReadyReplicas() > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean podReady(String name) {
        Pod pod = client.pods().inNamespace(platformNamespace).withName(name).get();
        return pod != null && PodProblems.describe(pod).ready();
    }

    private int allocatableGpus() {
        int total = 0;
        for (Node node : client.nodes().list().getItems()) {
            if (node.getStatus() != null && node.getStatus().getAllocatable() != null) {
                total += gpus(node.getStatus().getAllocatable());
            }
        }
        return total;
    }

    /**
     * GPUs held by pods bound to a node and not finished, as {@code kubectl describe node} counts them; an
     * unscheduled Pending pod holds none. Extended resources need requests equal to limits, so a limit alone counts.
     */
    int requestedGpus() {
        int total = 0;
        for (Pod pod : client.pods().inAnyNamespace().list().getItems()) {
            String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
            if (pod.getSpec() == null
                    || pod.getSpec().getNodeName() == null
                    || "Succeeded".equals(phase)
                    || "Failed".equals(phase)) {
                continue;
            }
            for (Container container : pod.getSpec().getContainers()) {
                if (container.getResources() == null) {
                    continue;
                }
                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                total += requests != null && requests.containsKey(DynamoResources.GPU)
                        ? gpus(requests)
                        : limits == null ? 0 : gpus(limits);
            }
        }
        return total;
    }

    private static int gpus(Map<String, Quantity> resources) {
        Quantity quantity = resources.get(DynamoResources.GPU);
        return quantity == null ? 0 : quantity.getNumericalAmount().intValue();
    }
}
