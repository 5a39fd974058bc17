package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.DgdState;
import cloud.dumont.provider.KubernetesCluster.GraphCondition;
import cloud.dumont.provider.KubernetesCluster.ServiceReplicas;
import java.util.List;
import java.util.Map;

/**
 * Maps a DynamoGraphDeployment's {@code status} to a {@link DgdState}. The operator reports {@code successful} too
 * early during a rolling update (dynamo#3567), so running also needs the Ready condition and an observed generation
 * that has caught up with the spec.
 */
final class DgdStates {

    private DgdStates() {}

    static DgdState of(Map<String, Object> dgd) {
        Map<String, Object> status = Fields.map(dgd, "status");
        Long generation = Fields.number(dgd, "metadata", "generation");
        Long observed = Fields.number(status, "observedGeneration");
        boolean current = generation == null || observed == null || observed >= generation;
        int desired = 0;
        int ready = 0;
        boolean anyReplicas = false;
        for (Map.Entry<String, Object> service :
                Fields.map(dgd, "spec", "services").entrySet()) {
            Map<String, Object> reported = Fields.map(status, "services", service.getKey());
            anyReplicas |= positive(Fields.number(reported, "replicas"));
            if (!"worker".equals(Fields.string(service.getValue(), "componentType"))) {
                continue;
            }
            Long replicas = Fields.number(service.getValue(), "replicas");
            desired += replicas == null ? 1 : replicas.intValue(); // the operator's default is one replica
            Long readyReplicas = Fields.number(reported, "readyReplicas");
            if (readyReplicas == null) {
                readyReplicas = Fields.number(reported, "availableReplicas");
            }
            ready += readyReplicas == null ? 0 : readyReplicas.intValue();
        }
        Map<String, Object> readyCondition = readyCondition(status);
        String message = Fields.string(readyCondition, "message");
        return new DgdState(phase(dgd, status, readyCondition, current, anyReplicas), ready, desired, message, current);
    }

    private static String phase(
            Map<String, Object> dgd,
            Map<String, Object> status,
            Map<String, Object> readyCondition,
            boolean current,
            boolean anyReplicas) {
        if (Fields.string(dgd, "metadata", "deletionTimestamp") != null) {
            return DgdState.TERMINATING;
        }
        String state = Fields.string(status, "state");
        if ("successful".equals(state)) {
            boolean ready = "True".equals(Fields.string(readyCondition, "status"));
            return ready && current ? DgdState.RUNNING : DgdState.DEPLOYING;
        }
        if ("failed".equals(state)) {
            return DgdState.FAILED;
        }
        // Missing, initializing, pending (and any state a newer operator adds): pending until pods appear.
        return anyReplicas ? DgdState.DEPLOYING : DgdState.PENDING;
    }

    /** The operator's conditions, as reported. */
    static List<GraphCondition> conditions(Map<String, Object> dgd) {
        return Fields.list(dgd, "status", "conditions").stream()
                .map(c -> new GraphCondition(
                        Fields.string(c, "type"),
                        Fields.string(c, "status"),
                        Fields.string(c, "reason"),
                        Fields.string(c, "message"),
                        Fields.string(c, "lastTransitionTime")))
                .toList();
    }

    /** Each service of the spec with the replicas it asks for (the operator's default is one) and those ready. */
    static List<ServiceReplicas> services(Map<String, Object> dgd) {
        Map<String, Object> status = Fields.map(dgd, "status");
        return Fields.map(dgd, "spec", "services").entrySet().stream()
                .map(e -> {
                    Long replicas = Fields.number(e.getValue(), "replicas");
                    Long ready = Fields.number(status, "services", e.getKey(), "readyReplicas");
                    return new ServiceReplicas(
                            e.getKey(),
                            Fields.string(e.getValue(), "componentType"),
                            replicas == null ? 1 : replicas.intValue(),
                            ready == null ? 0 : ready.intValue());
                })
                .toList();
    }

    private static Map<String, Object> readyCondition(Map<String, Object> status) {
        for (Object condition : Fields.list(status, "conditions")) {
            if ("Ready".equals(Fields.string(condition, "type"))) {
                return Fields.map(condition);
            }
        }
        return Map.of();
    }

    private static boolean positive(Long n) {
        return n != null && n > 0;
    }
}
