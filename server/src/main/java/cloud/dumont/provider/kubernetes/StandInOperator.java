package cloud.dumont.provider.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays Dynamo's operator, the scheduler and the kubelets in the simulated cluster, one step per tick: it creates the
 * pods of each DGD with the operator's labels, schedules them onto nodes with free GPUs, moves them from Pending to
 * Running, and writes the DGD's status ({@code state}, the {@code Ready} condition, {@code observedGeneration},
 * {@code services}) through the status subresource, as the operator does. Pods whose DGD is gone are deleted.
 *
 * <p>The annotation {@value #FAILURE_ANNOTATION} makes a DGD fail the usual ways: {@code no-gpus} (pods stay Pending,
 * Unschedulable), {@code missing-secret} (workers wait in {@code CreateContainerConfigError}) and {@code image-pull}
 * ({@code ErrImagePull}). Asking for more GPUs than are free is {@code no-gpus} without any annotation.
 */
final class StandInOperator implements AutoCloseable {

    static final String FAILURE_ANNOTATION = "dumont.cloud/simulate-failure";

    /** The frontend's HTTP port, as in Dynamo's examples. */
    static final int FRONTEND_PORT = 8000;

    private static final Logger log = LoggerFactory.getLogger(StandInOperator.class);

    private final KubernetesClient client;
    private final SimulatedFrontends frontends;
    private final ScheduledExecutorService ticks;

    StandInOperator(SimulatedCluster cluster) {
        this.client = cluster.client();
        this.frontends = cluster.frontends();
        this.ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "simulated-dynamo-operator");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reconciles every {@code step}; pods take two steps from creation to Running. */
    StandInOperator start(Duration step) {
        long millis = Math.max(10, step.toMillis());
        ticks.scheduleWithFixedDelay(this::safeReconcile, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    private void safeReconcile() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            if (ticks.isShutdown()) {
                return; // closing: the interrupted call is expected
            }
            // One bad object must not stop the loop.
            log.warn("Simulated Dynamo operator: {}", e.toString());
        }
    }

    /** One step for every DGD; visible to tests, which may step by hand. */
    synchronized void reconcile() {
        List<GenericKubernetesResource> dgds = client.genericKubernetesResources(DynamoResources.DGD)
                .inAnyNamespace()
                .list()
                .getItems();
        Set<String> existing = dgds.stream()
                .map(d -> d.getMetadata().getNamespace() + "/" + d.getMetadata().getName())
                .collect(Collectors.toSet());
        for (Pod pod : graphPods()) {
            String owner = pod.getMetadata().getNamespace() + "/"
                    + pod.getMetadata().getLabels().get(DynamoResources.GRAPH_LABEL);
            if (!existing.contains(owner)) {
                client.pods().resource(pod).delete();
            }
        }
        Set<String> serving = new java.util.HashSet<>();
        for (GenericKubernetesResource dgd : dgds) {
            if (dgd.getMetadata().getDeletionTimestamp() == null) {
                reconcile(dgd);
                serving.add(dgd.getMetadata().getNamespace() + "/" + frontendService(dgd));
            }
        }
        frontends.retainOnly(serving);
    }

    /** The Service the operator puts in front of a DGD's frontend: {@code <dgd>-frontend}. */
    private static String frontendService(GenericKubernetesResource dgd) {
        return dgd.getMetadata().getName() + "-frontend";
    }

    private List<Pod> graphPods() {
        return client.pods()
                .inAnyNamespace()
                .withLabel(DynamoResources.GRAPH_LABEL)
                .list()
                .getItems();
    }

    private void reconcile(GenericKubernetesResource dgd) {
        String namespace = dgd.getMetadata().getNamespace();
        String name = dgd.getMetadata().getName();
        String failure = dgd.getMetadata().getAnnotations() == null
                ? null
                : dgd.getMetadata().getAnnotations().get(FAILURE_ANNOTATION);
        Map<String, Pod> pods = new HashMap<>();
        for (Pod pod : client.pods()
                .inNamespace(namespace)
                .withLabel(DynamoResources.GRAPH_LABEL, name)
                .list()
                .getItems()) {
            pods.put(pod.getMetadata().getName(), pod);
        }
        Map<String, Object> services = Fields.map(dgd.getAdditionalProperties(), "spec", "services");
        Map<String, Object> reported = new TreeMap<>();
        for (Map.Entry<String, Object> service : services.entrySet()) {
            String key = service.getKey();
            String componentType = Objects.requireNonNullElse(Fields.string(service.getValue(), "componentType"), "");
            Long replicasField = Fields.number(service.getValue(), "replicas");
            int replicas = replicasField == null ? 1 : replicasField.intValue();
            Long gpuField = Fields.number(service.getValue(), "resources", "limits", "gpu");
            int gpus = gpuField == null ? 0 : gpuField.intValue();
            String prefix = name + "-" + key.toLowerCase(Locale.ROOT);
            int ready = 0;
            int slots = Math.max(replicas, countWithPrefix(pods, prefix)); // before the loop takes pods out
            for (int i = 0; i < slots; i++) {
                String podName = prefix + "-" + i;
                Pod pod = pods.remove(podName);
                if (i >= replicas) {
                    if (pod != null) {
                        client.pods().resource(pod).delete(); // scaled down
                    }
                    continue;
                }
                if (pod == null) {
                    pod = createPod(namespace, name, key, componentType, prefix, podName, gpus);
                }
                ready += step(pod, componentType, gpus, failure) ? 1 : 0;
            }
            Map<String, Object> serviceStatus = new LinkedHashMap<>();
            serviceStatus.put("componentKind", "Deployment");
            serviceStatus.put("componentName", prefix);
            serviceStatus.put("replicas", replicas);
            serviceStatus.put("updatedReplicas", replicas);
            serviceStatus.put("readyReplicas", ready);
            serviceStatus.put("availableReplicas", ready);
            reported.put(key, serviceStatus);
        }
        boolean allReady = writeStatus(dgd, reported);
        serveWhenReady(dgd, services, allReady);
    }

    /**
     * Opens the frontend's simulated OpenAI endpoint once every pod is ready, as the real frontend starts answering
     * once its workers registered, with the {@code <dgd>-frontend} Service in front of it; closes it when a pod is not
     * ready. (The real operator creates the Service with the DGD; here it appears when the frontend first answers.)
     */
    private void serveWhenReady(GenericKubernetesResource dgd, Map<String, Object> services, boolean allReady) {
        String namespace = dgd.getMetadata().getNamespace();
        String service = frontendService(dgd);
        if (!allReady) {
            frontends.close(namespace, service);
            return;
        }
        if (frontends.serving(namespace, service)) {
            return; // open already: nothing to read or write on this tick
        }
        if (client.services().inNamespace(namespace).withName(service).get() == null) {
            client.services()
                    .inNamespace(namespace)
                    .resource(new ServiceBuilder()
                            .withNewMetadata()
                            .withName(service)
                            .withNamespace(namespace)
                            .addToLabels(
                                    DynamoResources.GRAPH_LABEL,
                                    dgd.getMetadata().getName())
                            .endMetadata()
                            .withNewSpec()
                            .addToSelector(DynamoResources.SELECTOR_LABEL, service)
                            .addNewPort()
                            .withName("http")
                            .withPort(FRONTEND_PORT)
                            .endPort()
                            .endSpec()
                            .build())
                    .create();
        }
        services.values().stream()
                .filter(s -> "worker".equals(Fields.string(s, "componentType")))
                .map(s -> Fields.list(s, "extraPodSpec", "mainContainer", "args").stream()
                        .map(String::valueOf)
                        .toList())
                .map(SimulatedFrontends::servedModelName)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .ifPresent(model -> frontends.open(namespace, service, model));
    }

    private static int countWithPrefix(Map<String, Pod> pods, String prefix) {
        return (int)
                pods.keySet().stream().filter(n -> n.startsWith(prefix + "-")).count();
    }

    private Pod createPod(
            String namespace, String dgd, String key, String componentType, String selector, String podName, int gpus) {
        PodBuilder pod = new PodBuilder()
                .withNewMetadata()
                .withName(podName)
                .withNamespace(namespace)
                .addToLabels(DynamoResources.GRAPH_LABEL, dgd)
                .addToLabels(DynamoResources.COMPONENT_LABEL, key)
                .addToLabels(DynamoResources.COMPONENT_TYPE_LABEL, componentType)
                .addToLabels(DynamoResources.SELECTOR_LABEL, selector)
                .addToLabels("nvidia.com/dynamo-namespace", namespace + "-" + dgd)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("main")
                .withImage("simulated")
                .withNewResources()
                .withLimits(gpus == 0 ? Map.of() : Map.of(DynamoResources.GPU, new Quantity(Integer.toString(gpus))))
                .endResources()
                .endContainer()
                .endSpec()
                .withNewStatus()
                .withPhase("Pending")
                .endStatus();
        return client.pods().inNamespace(namespace).resource(pod.build()).create();
    }

    /**
     * Moves one pod a step: unscheduled → scheduled (or Unschedulable) → Running, or stuck the way the failure asks.
     *
     * @return whether the pod is ready
     */
    private boolean step(Pod pod, String componentType, int gpus, String failure) {
        PodStatus status = pod.getStatus();
        String phase = status == null ? null : status.getPhase();
        if ("Running".equals(phase)) {
            return true;
        }
        PodStatus next;
        if (pod.getSpec().getNodeName() == null) {
            String node = "no-gpus".equals(failure) ? null : nodeWithFreeGpus(gpus);
            if (node == null) {
                next = SimulatedPods.unschedulable(
                        "0/" + nodeCount() + " nodes are available: insufficient nvidia.com/gpu");
            } else {
                pod.getSpec().setNodeName(node);
                pod = client.pods().resource(pod).update();
                next = SimulatedPods.starting();
            }
        } else if ("missing-secret".equals(failure) && "worker".equals(componentType)) {
            next = SimulatedPods.waiting("CreateContainerConfigError", "secret \"hf-token-secret\" not found");
        } else if ("image-pull".equals(failure)) {
            next = SimulatedPods.waiting(
                    "ErrImagePull",
                    "failed to pull and unpack image \"nvcr.io/nvidia/ai-dynamo/vllm-runtime\": not found");
        } else {
            next = SimulatedPods.running();
        }
        if (!next.equals(status)) {
            pod.setStatus(next);
            client.pods().resource(pod).updateStatus();
        }
        return false;
    }

    private int nodeCount() {
        return client.nodes().list().getItems().size();
    }

    /** The node with the most free GPUs, if it has enough: a pod's GPUs must fit on one node. */
    private String nodeWithFreeGpus(int gpus) {
        if (gpus == 0) {
            return client.nodes().list().getItems().getFirst().getMetadata().getName();
        }
        Map<String, Integer> free = new HashMap<>();
        for (Node node : client.nodes().list().getItems()) {
            Quantity allocatable = node.getStatus().getAllocatable().get(DynamoResources.GPU);
            free.put(
                    node.getMetadata().getName(),
                    allocatable == null ? 0 : allocatable.getNumericalAmount().intValue());
        }
        for (Pod pod : client.pods().inAnyNamespace().list().getItems()) {
            String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
            if (node == null || !free.containsKey(node)) {
                continue;
            }
            Map<String, Quantity> limits = pod.getSpec().getContainers().isEmpty()
                            || pod.getSpec().getContainers().getFirst().getResources() == null
                    ? null
                    : pod.getSpec().getContainers().getFirst().getResources().getLimits();
            Quantity used = limits == null ? null : limits.get(DynamoResources.GPU);
            if (used != null) {
                free.merge(node, -used.getNumericalAmount().intValue(), Integer::sum);
            }
        }
        return free.entrySet().stream()
                .filter(e -> e.getValue() >= gpus)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Writes the status when it changed; returns whether every service is ready. */
    private boolean writeStatus(GenericKubernetesResource dgd, Map<String, Object> services) {
        boolean allReady = !services.isEmpty()
                && services.values().stream()
                        .allMatch(s -> Objects.equals(Fields.number(s, "readyReplicas"), Fields.number(s, "replicas")));
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("type", "Ready");
        ready.put("status", allReady ? "True" : "False");
        ready.put("reason", allReady ? "all_resources_are_ready" : "some_resources_are_not_ready");
        ready.put("message", allReady ? "All resources are ready" : notReadyMessage(services));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("observedGeneration", dgd.getMetadata().getGeneration());
        status.put("state", allReady ? "successful" : "pending");
        status.put("conditions", List.of(ready));
        status.put("services", services);
        Map<String, Object> old = Fields.map(dgd.getAdditionalProperties(), "status");
        if (sameStatus(old, status)) {
            return allReady; // unchanged: no write, no new resourceVersion
        }
        dgd.getAdditionalProperties().put("status", status);
        client.genericKubernetesResources(DynamoResources.DGD)
                .inNamespace(dgd.getMetadata().getNamespace())
                .resource(dgd)
                .updateStatus();
        return allReady;
    }

    private boolean sameStatus(Map<String, Object> old, Map<String, Object> fresh) {
        // Compare through JSON so Integer vs Long from the wire does not count as a change.
        var serialization = client.getKubernetesSerialization();
        return serialization.asJson(old).equals(serialization.asJson(fresh));
    }

    private static String notReadyMessage(Map<String, Object> services) {
        List<String> waiting = new ArrayList<>();
        services.forEach((key, s) -> {
            if (!Objects.equals(Fields.number(s, "readyReplicas"), Fields.number(s, "replicas"))) {
                waiting.add(key + " " + Fields.number(s, "readyReplicas") + "/" + Fields.number(s, "replicas"));
            }
        });
        return "Resources not ready: " + String.join(", ", waiting);
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        try {
            // Let a running tick end before the server it talks to goes away.
            ticks.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
