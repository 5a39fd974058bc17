package cloud.dumont.sdk;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Deploying templates onto rented GPUs, and following and destroying those deployments. */
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
