package cloud.dumont.dynamo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code DynamoGraphDeployment} for a resolved configuration, in the shape of the official examples: a
 * {@code Frontend} and one worker kind (aggregated) or prefill and decode workers (disaggregated). Only fields of the
 * v1alpha1 schema are written; {@code dynamoNamespace} never is (deprecated, rejected by some operators).
 */
final class DynamoManifests {

    static final String API_VERSION = "nvidia.com/v1alpha1";
    static final String KIND = "DynamoGraphDeployment";
    static final String FRONTEND = "Frontend";

    private final DynamoProperties properties;

    DynamoManifests(DynamoProperties properties) {
        this.properties = properties;
    }

    Map<String, Object> manifest(ResolvedConfig c) {
        Map<String, Object> services = new LinkedHashMap<>();
        services.put(FRONTEND, frontend(c));
        if (c.disaggregated()) {
            services.put(c.engine().prefillWorker, worker(c, "prefill"));
            services.put(c.engine().decodeWorker, worker(c, "decode"));
        } else {
            services.put(c.engine().aggregatedWorker, worker(c, null));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", c.name());
        metadata.put("namespace", c.namespace());
        metadata.put("labels", Map.of("app.kubernetes.io/managed-by", "dumont"));
        // A label value cannot hold the slash of a Hugging Face id; an annotation can.
        metadata.put("annotations", Map.of("dumont.cloud/model", c.modelId()));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("backendFramework", c.engine().id);
        spec.put("services", services);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("apiVersion", API_VERSION);
        manifest.put("kind", KIND);
        manifest.put("metadata", metadata);
        manifest.put("spec", spec);
        return manifest;
    }

    private Map<String, Object> frontend(ResolvedConfig c) {
        Map<String, Object> service = new LinkedHashMap<>();
        // The frontend loads the tokenizer and config from Hugging Face too, so a gated model needs the token here.
        if (c.hfTokenSecret() != null) {
            service.put("envFromSecret", c.hfTokenSecret());
        }
        service.put("componentType", "frontend");
        service.put("replicas", 1);
        if (!c.routerMode().equals("none")) {
            service.put("envs", List.of(Map.of("name", "DYN_ROUTER_MODE", "value", c.routerMode())));
        }
        service.put("extraPodSpec", Map.of("mainContainer", Map.of("image", properties.image(c.engine()))));
        return service;
    }

    private Map<String, Object> worker(ResolvedConfig c, String role) {
        Map<String, Object> service = new LinkedHashMap<>();
        if (c.hfTokenSecret() != null) {
            service.put("envFromSecret", c.hfTokenSecret());
        }
        service.put("componentType", "worker");
        if (role != null) {
            service.put("subComponentType", role);
        }
        service.put("replicas", c.replicas());
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("gpu", Integer.toString(c.gpusPerReplica())); // a string in the CRD, not a number
        if (c.memory() != null) {
            limits.put("memory", c.memory());
        }
        service.put(
                "resources",
                Map.of(
                        "limits",
                        limits,
                        "requests",
                        Map.of("custom", Map.of("ephemeral-storage", c.ephemeralStorage()))));
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("image", properties.image(c.engine()));
        container.put("workingDir", c.engine().workingDir);
        container.put("command", c.engine().command());
        container.put("args", new ArrayList<>(c.engine().args(c, role)));
        service.put("extraPodSpec", Map.of("mainContainer", container));
        return service;
    }
}
