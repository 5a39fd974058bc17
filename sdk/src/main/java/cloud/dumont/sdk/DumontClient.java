package cloud.dumont.sdk;

import cloud.dumont.api.platform.ServerInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * A client of one Dumont server. It is immutable and thread-safe: make one and share it.
 *
 * <pre>{@code
 * DumontClient dumont = DumontClient.builder("http://localhost:8000").token(System.getenv("DUMONT_TOKEN")).build();
 * DeploymentResponse d = dumont.deployments().deploy("jupyter-lab", new DeployRequest(null, "RTX 4090", null, null, null));
 * d = dumont.deployments().await(d.id(), DeploymentsApi.SETTLED, Duration.ofMinutes(15), e -> System.err.println(e.message()));
 * }</pre>
 */
public final class DumontClient {

    private final Http http;

    private DumontClient(Http http) {
        this.http = http;
    }

    /** Starts a client of the server at {@code baseUrl}, such as {@code http://localhost:8000}. */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** The same server with another token (a personal API token {@code dmt_...} or an access token from login). */
    public DumontClient withToken(String token) {
        return new DumontClient(http.withToken(token));
    }

    /** The server this client talks to. */
    public URI baseUrl() {
        return http.baseUrl();
    }

    /** The server's version and how it runs (simulated cloud, database, cache); needs no token. */
    public ServerInfo info() {
        return http.get("/api/v1/info", ServerInfo.class);
    }

    /** Sign-up, login, the current account and personal API tokens. */
    public AuthApi auth() {
        return new AuthApi(http);
    }

    /** Official templates, offers and offer alerts, the LLM catalog and GPU models. */
    public CatalogApi catalog() {
        return new CatalogApi(http);
    }

    /**
     * Deploying templates and catalog models, following deployments (events, {@link DeploymentsApi#await}), the
     * pods, scaling and chat of Kubernetes deployments, and destroying them.
     */
    public DeploymentsApi deployments() {
        return new DeploymentsApi(http);
    }

    /** Failover of Vast.ai deployments: a lost host replaced by a new one restoring the latest snapshot. */
    public StandbyApi standby() {
        return new StandbyApi(http);
    }

    /** Workspace snapshots of a deployment: listed newest first, and deleted. */
    public SnapshotsApi snapshots() {
        return new SnapshotsApi(http);
    }

    /** The Kubernetes clusters models deploy onto: whether each can run Dynamo deployments, and its free GPUs. */
    public KubernetesApi kubernetes() {
        return new KubernetesApi(http);
    }

    /** Provider machines' track records (success rate, median time to ready) and the blacklist of hosts. */
    public MachinesApi machines() {
        return new MachinesApi(http);
    }

    /** The spot market: prices per GPU model now and over time, suggested bids, a template's GPU picks. */
    public MarketApi market() {
        return new MarketApi(http);
    }

    /** Warm pools of running instances that Serverless deploys take at once (admins). */
    public WarmPoolsApi warmPools() {
        return new WarmPoolsApi(http);
    }

    /** Searching, publishing, versioning, forking and reporting marketplace templates. */
    public MarketplaceApi marketplace() {
        return new MarketplaceApi(http);
    }

    /** Reviews of marketplace templates and helpful votes on them. */
    public ReviewsApi reviews() {
        return new ReviewsApi(http);
    }

    /** The admins' side of the marketplace: reports and the featured list. */
    public ModerationApi moderation() {
        return new ModerationApi(http);
    }

    /** Settings of a new client; only the base URL is required. */
    public static final class Builder {

        private final URI baseUrl;
        private String token;
        private Duration timeout = Duration.ofSeconds(30);
        private HttpClient httpClient;
        private String userAgent = "dumont-sdk-java";

        private Builder(String baseUrl) {
            String url = Objects.requireNonNull(baseUrl, "baseUrl").strip();
            this.baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (this.baseUrl.getScheme() == null || this.baseUrl.getHost() == null) {
                throw new IllegalArgumentException("Not a server URL: " + baseUrl + " (expected http://host:port)");
            }
        }

        /** A personal API token ({@code dmt_...}) or an access token; without one only public calls work. */
        public Builder token(String value) {
            this.token = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /** How long one request may take (default 30 s); event streams are not limited by it. */
        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value, "timeout");
            return this;
        }

        /** An HTTP client of your own (proxy, TLS settings); by default a new one that follows no redirects. */
        public Builder httpClient(HttpClient value) {
            this.httpClient = value;
            return this;
        }

        /** Names your program in the server's logs, e.g. {@code my-notebook/1.0}. */
        public Builder userAgent(String value) {
            this.userAgent = Objects.requireNonNull(value, "userAgent");
            return this;
        }

        /** A client with these settings; build once and share it. */
        public DumontClient build() {
            HttpClient client = httpClient != null
                    ? httpClient
                    : HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
            return new DumontClient(new Http(client, baseUrl, token, timeout, userAgent));
        }
    }
}
