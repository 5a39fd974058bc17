package cloud.dumont.sdk;

import cloud.dumont.api.marketplace.FeatureRequest;
import cloud.dumont.api.marketplace.ReportResolution;
import cloud.dumont.api.marketplace.ReportResponse;
import java.util.List;
import java.util.UUID;

/** What admins do to the marketplace: the reports queue and the featured list. Other tokens get 403. */
public final class ModerationApi {

    private static final String BASE = "/api/v1/marketplace";

    private final Http http;

    ModerationApi(Http http) {
        this.http = http;
    }

    /**
     * Reports in one state.
     *
     * @param status {@code open}, {@code dismissed} or {@code actioned}; null for open
     */
    public List<ReportResponse> reports(String status, Integer page, Integer size) {
        return http.get(
                BASE + "/reports"
                        + Query.of().add("status", status).add("page", page).add("size", size),
                Types.listOf(ReportResponse.class));
    }

    /** Dismisses a report, or unpublishes its template (which settles every open report of it). */
    public ReportResponse resolve(UUID reportId, ReportResolution resolution) {
        return http.post(BASE + "/reports/" + reportId + "/resolve", resolution, ReportResponse.class);
    }

    /** Features a listed template at a position (lower shows first). */
    public FeatureRequest feature(FeatureRequest request) {
        return http.post(BASE + "/featured", request, FeatureRequest.class);
    }

    /** Stops featuring a template; harmless when it was not featured. */
    public void unfeature(UUID templateId) {
        http.delete(BASE + "/featured/" + templateId);
    }
}
