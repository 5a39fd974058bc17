package cloud.dumont.sdk;

import cloud.dumont.api.deployment.ChatRequest;
import cloud.dumont.api.deployment.ChatResponse;
import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.GraphStatusResponse;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.api.deployment.PodResponse;
import cloud.dumont.api.deployment.ScaleRequest;
import cloud.dumont.api.dynamo.ModelDeployRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Deploying templates onto rented GPUs and catalog models onto Kubernetes (through NVIDIA Dynamo) or Vast.ai, and
 * following, scaling, trying and destroying those deployments. Both targets share the same deployments: one list, the
 * same events, {@link #await} and {@link #destroy}.
 */
public final class DeploymentsApi {

    /** Where a deployment stops changing on its own: the app answers, or nothing is rented any more. */
    public static final Set<DeploymentStatus> SETTLED =
            Set.of(DeploymentStatus.running, DeploymentStatus.failed, DeploymentStatus.destroyed);

    private final Http http;

    DeploymentsApi(Http http) {
        this.http = http;
    }

    /**
     * Deploys a template; the answer comes at once, progress follows in the deployment's events.
     *
     * @param template an official slug ({@code jupyter-lab}) or a community template's id
     */
    public DeploymentResponse deploy(String template, DeployRequest request) {
        return http.post("/api/v1/templates/" + Query.encode(template) + "/deploy", request, DeploymentResponse.class);
    }

    /**
     * Deploys a catalog model; the answer comes at once, progress follows in the deployment's events. With target
     * {@code kubernetes} (the default) the server generates the model's DynamoGraphDeployment from {@code config} (as
     * {@link CatalogApi#manifest} shows it) and creates it on the cluster; the deployment's {@code kubernetes()} then
     * says where it lives. With target {@code vast} it rents a GPU ({@code gpuName} or {@code offerId}, else the
     * cheapest fit) running the official vLLM template serving the model. A configuration that breaks a rule is a
     * {@link DumontException} with status 422 naming each field.
     */
    public DeploymentResponse deployModel(ModelDeployRequest request) {
        return http.post("/api/v1/models/deploy", request, DeploymentResponse.class);
    }

    /** Your deployments, newest first (an admin's token sees everyone's). */
    public List<DeploymentResponse> list() {
        return http.get("/api/v1/deployments", Types.listOf(DeploymentResponse.class));
    }

    /** One of your deployments (any, for an admin); 404 for one you may not see, so ids do not leak. */
    public DeploymentResponse get(UUID id) {
        return http.get("/api/v1/deployments/" + id, DeploymentResponse.class);
    }

    /** Destroys the deployment's instance, which stops billing; destroying twice is harmless. */
    public DeploymentResponse destroy(UUID id) {
        return http.delete("/api/v1/deployments/" + id, DeploymentResponse.class);
    }

    /** Retries a failed or unhealthy deployment on a new instance. */
    public DeploymentResponse retry(UUID id) {
        return http.post("/api/v1/deployments/" + id + "/retry", null, DeploymentResponse.class);
    }

    /**
     * Hibernates a running deployment now: its instance is stopped, its GPU no longer billed, its disk kept. A 409
     * {@link DumontException} when it is not running.
     */
    public DeploymentResponse hibernate(UUID id) {
        return http.post("/api/v1/deployments/" + id + "/hibernate", null, DeploymentResponse.class);
    }

    /**
     * Wakes a hibernated deployment: its instance starts again (a new one is rented if the old host's GPU was taken).
     * A 409 {@link DumontException} when it is not hibernated.
     */
    public DeploymentResponse wake(UUID id) {
        return http.post("/api/v1/deployments/" + id + "/wake", null, DeploymentResponse.class);
    }

    /**
     * Replaces a deployment's hibernation settings: idle hibernation on or off with its GPU threshold and idle window,
     * and its working hours and run time limit (null for none; they stop it even when busy, and apply with idle
     * hibernation off too). Invalid hours or limit are a 422 {@link DumontException} naming each field, and change
     * nothing. To change one setting, pass the others as {@link #get} shows them.
     */
    public DeploymentResponse hibernation(UUID id, HibernationSettings settings) {
        return http.put("/api/v1/deployments/" + id + "/hibernation", settings, DeploymentResponse.class);
    }

    /**
     * A Kubernetes deployment's DynamoGraphDeployment as the cluster reports it now: phase, the operator's conditions,
     * each service's replicas and the pods. {@code exists()} is false before the DGD is created and after it is
     * deleted. A {@link DumontException} with status 409 for a deployment on Vast.ai.
     */
    public GraphStatusResponse graph(UUID id) {
        return http.get("/api/v1/deployments/" + id + "/graph", GraphStatusResponse.class);
    }

    /**
     * The pods of a Kubernetes deployment, each with its phase, readiness, node and, when stuck, Kubernetes' reason
     * ({@code Unschedulable}, {@code ErrImagePull}, ...); empty once it failed or was destroyed. 409 on Vast.ai.
     */
    public List<PodResponse> pods(UUID id) {
        return http.get("/api/v1/deployments/" + id + "/pods", Types.listOf(PodResponse.class));
    }

    /**
     * Asks for {@code replicas} workers (1 to 10) in each worker service of a live Kubernetes deployment. The answer
     * comes at once with the new {@code replicasDesired}; {@code replicasReady} and the events follow as the pods
     * start. 409 on Vast.ai or for a deployment that is not live.
     */
    public DeploymentResponse scale(UUID id, int replicas) {
        return http.post("/api/v1/deployments/" + id + "/scale", new ScaleRequest(replicas), DeploymentResponse.class);
    }

    /**
     * Sends one chat request to a running Kubernetes deployment's OpenAI-compatible frontend (through the cluster's
     * service proxy, with the served model name filled in) and returns the model's answer. 409 unless the deployment
     * is running; 502 with the frontend's message when it answers with an error. On the simulated cluster no model
     * runs: the answer says so, and {@code simulated()} is true.
     */
    public ChatResponse chat(UUID id, ChatRequest request) {
        return http.post("/api/v1/deployments/" + id + "/chat", request, ChatResponse.class);
    }

    /** {@link #chat(UUID, ChatRequest)} with one user message and the server's default answer length (256 tokens). */
    public ChatResponse chat(UUID id, String message) {
        return chat(id, new ChatRequest(List.of(new ChatRequest.Message("user", message)), null));
    }

    /** The deployment's events so far, oldest first. */
    public List<DeploymentEventResponse> events(UUID id) {
        return http.get("/api/v1/deployments/" + id + "/events", Types.listOf(DeploymentEventResponse.class));
    }

    /**
     * Subscribes to the deployment's events after {@code afterSeq} (0 for all of them), live as they happen.
     *
     * @param onEvent called on the subscription's own thread, in order
     * @param onError called once if the server refuses the subscription (unknown deployment, not yours)
     */
    public EventSubscription subscribe(
            UUID id, long afterSeq, Consumer<DeploymentEventResponse> onEvent, Consumer<DumontException> onError) {
        return new EventSubscription(http, id, afterSeq, onEvent, onError).start();
    }

    /**
     * Follows the deployment until its status is one of {@code until} (usually {@link #SETTLED}) or the timeout
     * passes, handing every event, past ones first, to {@code progress}.
     *
     * @return the deployment as it is when the wait ends; its status tells whether the wait was met
     */
    public DeploymentResponse await(
            UUID id, Set<DeploymentStatus> until, Duration timeout, Consumer<DeploymentEventResponse> progress)
            throws InterruptedException {
        List<DeploymentEventResponse> past = events(id);
        past.forEach(progress);
        DeploymentStatus status = past.stream()
                .filter(e -> "status".equals(e.type()))
                .reduce((a, b) -> b)
                .map(DeploymentEventResponse::status)
                .orElseGet(() -> get(id).status());
        if (until.contains(status)) {
            return get(id);
        }
        long after = past.isEmpty() ? 0 : past.getLast().seq();
        CountDownLatch reached = new CountDownLatch(1);
        AtomicReference<DumontException> refused = new AtomicReference<>();
        Consumer<DeploymentEventResponse> watch = event -> {
            progress.accept(event);
            if ("status".equals(event.type()) && until.contains(event.status())) {
                reached.countDown();
            }
        };
        try (EventSubscription subscription = subscribe(id, after, watch, e -> {
            refused.set(e);
            reached.countDown();
        })) {
            reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (refused.get() != null) {
            throw refused.get();
        }
        return get(id);
    }
}
