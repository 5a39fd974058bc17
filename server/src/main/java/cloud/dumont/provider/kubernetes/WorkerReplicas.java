package cloud.dumont.provider.kubernetes;

import java.util.Map;

/** Scaling a DGD means its workers; the frontend keeps its replicas (one serves many workers). */
final class WorkerReplicas {

    private WorkerReplicas() {}

    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> dgd, int replicas) {
        for (Object service : Fields.map(dgd, "spec", "services").values()) {
            if (service instanceof Map<?, ?> m && "worker".equals(Fields.string(m, "componentType"))) {
                ((Map<String, Object>) m).put("replicas", replicas);
            }
        }
    }
}
