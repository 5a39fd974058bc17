package cloud.dumont.provider.vast;

import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.LaunchOrder;
import cloud.dumont.provider.OfferFilter;
import cloud.dumont.provider.ProviderException;
import cloud.dumont.provider.ProviderException.Kind;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@link GpuCloud} on Vast.ai's REST API (or the simulator, which speaks the same API). Stateless between calls and
 * thread-safe: the engine may call it from many threads at once. Every call is retried on 429, 5xx and I/O failures
 * (create only where that cannot rent twice, see {@link VastCreate}); what is left is thrown as {@link
 * ProviderException}.
 */
final class VastGpuCloud implements GpuCloud, AutoCloseable {

    /** The v1 list's maximum page. */
    static final int PAGE_SIZE = 25;

    /** 10,000 instances: a guard against a {@code next_token} that never ends, far above any real account. */
    private static final int MAX_PAGES = 400;

    private static final String ORDER_BY_ID = "[{\"col\":\"id\",\"dir\":\"asc\"}]";

    private final VastHttp http;
    private final VastCalls calls;
    private final VastCreate creator;
    private final boolean simulated;

    VastGpuCloud(VastProperties properties, MeterRegistry meters, boolean simulated) {
        this.http = new VastHttp(
                properties.baseUrl(), properties.apiKey(), properties.connectTimeout(), properties.requestTimeout());
        this.calls = new VastCalls(http, properties.retry(), meters);
        this.creator = new VastCreate(calls, this::labelledOnce, this::destroy);
        this.simulated = simulated;
    }

    @Override
    public boolean simulated() {
        return simulated;
    }

    @Override
    public List<CloudOffer> searchOffers(OfferFilter filter) {
        JsonNode query = VastOfferQuery.body(filter);
        return calls.run("search", () -> {
            VastResponse answer = calls.send("POST", "/api/v0/bundles/", query);
            if (!answer.isSuccess()) {
                throw VastErrors.failure("search", answer);
            }
            return VastOfferQuery.offers(answer.json());
        });
    }

    @Override
    public Optional<CloudOffer> offer(long offerId) {
        JsonNode query = VastOfferQuery.byId(offerId);
        return calls.run("search", () -> {
            VastResponse answer = calls.send("POST", "/api/v0/bundles/", query);
            if (!answer.isSuccess()) {
                throw VastErrors.failure("search", answer);
            }
            return VastOfferQuery.offers(answer.json()).stream()
                    .filter(o -> o.id() == offerId)
                    .findFirst();
        });
    }

    @Override
    public long create(LaunchOrder order) {
        return creator.create(order);
    }

    @Override
    public Optional<CloudInstance> instance(long instanceId) {
        return calls.run("show", () -> {
            VastResponse answer = calls.send("GET", "/api/v0/instances/" + instanceId + "/?owner=me", null);
            if (!answer.isSuccess()) {
                if (VastErrors.instanceGone(answer)) {
                    return Optional.empty();
                }
                throw VastErrors.failure("show", answer);
            }
            JsonNode instances = answer.json().path("instances");
            if (instances.isNull()) {
                return Optional.empty(); // {"instances": null}: destroyed, or never ours
            }
            if (instances.isArray()) { // the list's shape; tolerated in case a proxy or an old route answers it
                for (JsonNode candidate : instances) {
                    if (Long.valueOf(instanceId).equals(VastJson.longValue(candidate.path("id")))) {
                        return Optional.ofNullable(VastInstanceJson.read(candidate));
                    }
                }
                return Optional.empty();
            }
            CloudInstance instance = VastInstanceJson.read(instances);
            if (instance == null) {
                throw unreadable("show", answer);
            }
            return Optional.of(instance);
        });
    }

    @Override
    public List<CloudInstance> instancesLabelled(String labelPrefix) {
        return calls.run("list", () -> labelledOnce(labelPrefix));
    }

    @Override
    public void stop(long instanceId) {
        changeState(instanceId, "stopped");
    }

    @Override
    public void start(long instanceId) {
        changeState(instanceId, "running");
    }

    /** {@code PUT /api/v0/instances/{id}/ {"state": ...}}: idempotent, so retried like a read. */
    private void changeState(long instanceId, String state) {
        String operation = state.equals("running") ? "start" : "stop";
        calls.run(operation, () -> {
            JsonNode body = VastJson.object().put("state", state);
            VastResponse answer = calls.send("PUT", "/api/v0/instances/" + instanceId + "/", body);
            if (!answer.isSuccess()) {
                throw VastErrors.failure(operation, answer);
            }
            return null;
        });
    }

    @Override
    public void destroy(long instanceId) {
        calls.run("destroy", () -> {
            VastResponse answer = calls.send("DELETE", "/api/v0/instances/" + instanceId + "/", VastJson.object());
            if (answer.isSuccess() || VastErrors.instanceGone(answer)) {
                return null; // gone already counts as done: destroy is idempotent
            }
            throw VastErrors.failure("destroy", answer);
        });
    }

    /**
     * Walks {@code GET /api/v1/instances/} page by page (25 at most, ordered by id) and keeps the labels that start
     * with the prefix. The filter runs here: the list's {@code select_filters} knows {@code eq}/{@code in} but no
     * prefix match. One attempt, no retry of its own: callers wrap it.
     */
    private List<CloudInstance> labelledOnce(String labelPrefix) {
        String prefix = labelPrefix == null ? "" : labelPrefix;
        List<CloudInstance> found = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            VastResponse answer = calls.send("GET", listPath(after), null);
            if (!answer.isSuccess()) {
                throw VastErrors.failure("list", answer);
            }
            JsonNode instances = answer.json().path("instances");
            if (!instances.isArray()) {
                throw unreadable("list", answer);
            }
            for (JsonNode node : instances) {
                CloudInstance instance = VastInstanceJson.read(node);
                if (instance != null
                        && instance.label() != null
                        && instance.label().startsWith(prefix)) {
                    found.add(instance);
                }
            }
            String next = VastJson.text(answer.json().path("next_token"));
            if (next == null || instances.isEmpty() || next.equals(after)) {
                return found;
            }
            after = next;
        }
        throw new ProviderException(Kind.TRANSIENT, "Vast.ai list: more than " + MAX_PAGES + " pages of instances");
    }

    /** Query values are JSON, URL-encoded, as the official CLI sends them. */
    private static String listPath(String afterToken) {
        StringBuilder path = new StringBuilder("/api/v1/instances/?select_filters=")
                .append(encode("{}"))
                .append("&order_by=")
                .append(encode(ORDER_BY_ID))
                .append("&limit=")
                .append(PAGE_SIZE);
        if (afterToken != null) {
            path.append("&after_token=").append(encode(afterToken));
        }
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A 2xx whose body is not what the route returns (a captive portal, a proxy page): try again later. */
    private static ProviderException unreadable(String operation, VastResponse answer) {
        return new ProviderException(
                Kind.TRANSIENT,
                "Vast.ai " + operation + ": HTTP " + answer.status() + " with an answer that cannot be read");
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "VastGpuCloud[" + http.baseUrl() + (simulated ? ", simulated" : "") + "]";
    }
}
