package cloud.dumont.provider;

import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes clusters Dumont may deploy to, by name: the default one (from {@code KUBECONFIG}, the in-cluster
 * service account, or the simulated cluster) and any further kubeconfig contexts an administrator named.
 */
public interface KubernetesClusters {

    /** Every cluster's name, the default first. */
    List<String> names();

    /** The cluster a deployment goes to when it names none. */
    String defaultName();

    /** The cluster of that name, or empty when none is configured under it. */
    Optional<KubernetesCluster> find(String name);
}
