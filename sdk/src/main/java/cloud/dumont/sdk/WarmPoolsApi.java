package cloud.dumont.sdk;

import cloud.dumont.api.deployment.WarmPoolRequest;
import cloud.dumont.api.deployment.WarmPoolResponse;
import java.util.List;

/**
 * Warm pools, for the Serverless provisioning strategy: idle, running instances of a template that a deploy takes at
 * once instead of waiting for a host to boot. Every member is billed while it waits. Admins only: everyone else gets
 * a {@link DumontException} with status 403.
 */
public final class WarmPoolsApi {

    private final Http http;

    WarmPoolsApi(Http http) {
        this.http = http;
    }

    /** Every template's pool: its size, members running idle now and members on their way. */
    public List<WarmPoolResponse> list() {
        return http.get("/api/v1/warm-pools", Types.listOf(WarmPoolResponse.class));
    }

    /**
     * Sets how many idle instances of a template Dumont keeps running. Missing members are ordered at once and
     * replaced as deploys take them; a smaller pool destroys the idle members over it, and 0 destroys them all.
     *
     * @param template an official slug ({@code jupyter-lab}) or a community template's id
     * @param minIdle 0 to 10
     */
    public WarmPoolResponse configure(String template, int minIdle) {
        return http.put(
                "/api/v1/warm-pools/" + Query.encode(template), new WarmPoolRequest(minIdle), WarmPoolResponse.class);
    }
}
