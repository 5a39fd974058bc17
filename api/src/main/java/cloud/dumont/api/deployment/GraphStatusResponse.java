package cloud.dumont.api.deployment;

import java.util.List;

/**
 * A Kubernetes deployment's DynamoGraphDeployment as the cluster reports it now.
 *
 * @param exists false when the DGD is not on the cluster (not created yet, or deleted)
 * @param phase {@code pending}, {@code deploying}, {@code running}, {@code failed} or {@code terminating}
 * @param rolloutDone false while the operator has not acted on the latest spec (observed generation behind)
 * @param conditions the operator's conditions, {@code Ready} among them
 * @param services each service with its replicas asked for and ready
 * @param pods the DGD's pods
 */
public record GraphStatusResponse(
        boolean exists,
        String phase,
        boolean rolloutDone,
        List<Condition> conditions,
        List<Service> services,
        List<PodResponse> pods) {

    /** A status condition, as the operator wrote it. */
    public record Condition(String type, String status, String reason, String message, String lastTransitionTime) {}

    /**
     * A service of the DGD.
     *
     * @param componentType {@code frontend}, {@code worker}, ...
     */
    public record Service(String name, String componentType, int replicas, int readyReplicas) {}
}
