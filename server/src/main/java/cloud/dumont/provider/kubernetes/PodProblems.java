package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.KubernetesCluster.GraphPod;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod as the deployment page shows it, with the reason it is stuck. These are the usual failures of Dynamo deploys:
 * a missing Hugging Face token Secret, an image that cannot be pulled, and no free GPU to schedule on.
 */
final class PodProblems {

    private PodProblems() {}

    static final Set<String> WAITING_PROBLEMS =
            Set.of("CreateContainerConfigError", "ImagePullBackOff", "ErrImagePull", "CrashLoopBackOff");

    static GraphPod describe(Pod pod) {
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        Map<String, String> labels = pod.getMetadata().getLabels() == null
                ? Map.of()
                : pod.getMetadata().getLabels();
        List<ContainerStatus> containers =
                status.getContainerStatuses() == null ? List.of() : status.getContainerStatuses();
        int restarts = containers.stream()
                .mapToInt(c -> c.getRestartCount() == null ? 0 : c.getRestartCount())
                .sum();
        String reason = null;
        String message = null;
        for (ContainerStatus container : containers) {
            if (container.getState() != null
                    && container.getState().getWaiting() != null
                    && WAITING_PROBLEMS.contains(
                            container.getState().getWaiting().getReason())) {
                reason = container.getState().getWaiting().getReason();
                message = container.getState().getWaiting().getMessage();
                break;
            }
        }
        PodCondition scheduled = condition(status, "PodScheduled");
        if (reason == null
                && "Pending".equals(status.getPhase())
                && scheduled != null
                && "False".equals(scheduled.getStatus())) {
            reason = scheduled.getReason() == null ? "Unschedulable" : scheduled.getReason();
            message = scheduled.getMessage();
        }
        PodCondition ready = condition(status, "Ready");
        return new GraphPod(
                pod.getMetadata().getName(),
                labels.get(DynamoResources.COMPONENT_LABEL),
                status.getPhase(),
                ready != null && "True".equals(ready.getStatus()),
                restarts,
                pod.getSpec() == null ? null : pod.getSpec().getNodeName(),
                reason,
                message);
    }

    static PodCondition condition(PodStatus status, String type) {
        if (status == null || status.getConditions() == null) {
            return null;
        }
        return status.getConditions().stream()
                .filter(c -> type.equals(c.getType()))
                .findFirst()
                .orElse(null);
    }
}
