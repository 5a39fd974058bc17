package cloud.dumont.provider.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;

/** Pod statuses as the kubelet and scheduler would write them, for the simulated cluster. */
final class SimulatedPods {

    private SimulatedPods() {}

    static PodStatus running() {
        return new PodStatusBuilder()
                .withPhase("Running")
                .withConditions(condition("PodScheduled", "True", null, null), condition("Ready", "True", null, null))
                .withContainerStatuses(new ContainerStatusBuilder()
                        .withName("main")
                        .withReady(true)
                        .withRestartCount(0)
                        .withNewState()
                        .withNewRunning()
                        .endRunning()
                        .endState()
                        .build())
                .build();
    }

    /** Scheduled, container not started yet (image pulling, model loading). */
    static PodStatus starting() {
        return waiting("ContainerCreating", null);
    }

    /** Scheduled, but the container cannot start: CreateContainerConfigError, ErrImagePull, ... */
    static PodStatus waiting(String reason, String message) {
        return new PodStatusBuilder()
                .withPhase("Pending")
                .withConditions(condition("PodScheduled", "True", null, null), condition("Ready", "False", null, null))
                .withContainerStatuses(new ContainerStatusBuilder()
                        .withName("main")
                        .withReady(false)
                        .withRestartCount(0)
                        .withNewState()
                        .withNewWaiting()
                        .withReason(reason)
                        .withMessage(message)
                        .endWaiting()
                        .endState()
                        .build())
                .build();
    }

    static PodStatus unschedulable(String message) {
        return new PodStatusBuilder()
                .withPhase("Pending")
                .withConditions(condition("PodScheduled", "False", "Unschedulable", message))
                .build();
    }

    private static PodCondition condition(String type, String status, String reason, String message) {
        return new PodConditionBuilder()
                .withType(type)
                .withStatus(status)
                .withReason(reason)
                .withMessage(message)
                .build();
    }
}
