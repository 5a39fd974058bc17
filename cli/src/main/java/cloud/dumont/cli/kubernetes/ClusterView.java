package cloud.dumont.cli.kubernetes;

import cloud.dumont.api.dynamo.KubernetesClusterStatus;
import cloud.dumont.cli.output.Details;
import cloud.dumont.cli.output.Table;
import java.util.List;

/** How a Kubernetes cluster's status looks for people. */
final class ClusterView {

    private ClusterView() {}

    static Table<KubernetesClusterStatus> table(List<KubernetesClusterStatus> clusters) {
        String defaultName = clusters.isEmpty() ? null : clusters.getFirst().name();
        return Table.of(clusters)
                .column("NAME", KubernetesClusterStatus::name)
                .column("DEFAULT", c -> c.name().equals(defaultName) ? "*" : "")
                .column("READY", ClusterView::ready)
                .column("KUBERNETES", KubernetesClusterStatus::kubernetesVersion)
                .column("FREE GPUS", c -> c.freeGpus() + " of " + c.allocatableGpus())
                .column("SIMULATED", KubernetesClusterStatus::simulated)
                .whenEmpty("No Kubernetes cluster is configured on this server.");
    }

    static Details details(KubernetesClusterStatus c) {
        return Details.of()
                .field("Cluster", c.name())
                .field("Ready", ready(c) ? "yes: models can be deployed on it" : "no: " + missing(c))
                .field("Simulated", c.simulated() ? "yes: in-process, no real GPUs or models" : null)
                .field("Reachable", c.reachable())
                .field("Kubernetes", c.kubernetesVersion())
                .field("Dynamo CRD", c.dgdCrdInstalled() ? "installed" : "missing")
                .field("Operator", c.operatorReady() ? "ready" : "not ready")
                .field("NATS", c.natsReady() ? "ready" : "not ready")
                .field("etcd", c.etcdReady() ? "ready" : "not ready")
                .field("GPUs", c.freeGpus() + " free of " + c.allocatableGpus() + " allocatable")
                .field("Message", c.message());
    }

    /** Whatever a Dynamo deployment needs of the cluster is there; free GPUs are another matter (they come and go). */
    private static boolean ready(KubernetesClusterStatus c) {
        return c.reachable() && c.dgdCrdInstalled() && c.operatorReady() && c.natsReady() && c.etcdReady();
    }

    private static String missing(KubernetesClusterStatus c) {
        if (!c.reachable()) {
            return "the API server does not answer";
        }
        if (!c.dgdCrdInstalled()) {
            return "the DynamoGraphDeployment CRD is not installed (install Dynamo's CRDs)";
        }
        if (!c.operatorReady()) {
            return "the Dynamo operator is not ready";
        }
        return "the Dynamo platform's " + (c.natsReady() ? "etcd" : "NATS") + " is not ready";
    }
}
