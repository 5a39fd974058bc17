package cloud.dumont.sdk;

import cloud.dumont.api.marketplace.CategoryCount;
import cloud.dumont.api.marketplace.ForkRequest;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.PublishRequest;
import cloud.dumont.api.marketplace.ReportRequest;
import cloud.dumont.api.marketplace.ReportResponse;
import cloud.dumont.api.marketplace.TemplateAnalytics;
import cloud.dumont.api.marketplace.TemplatePage;
import cloud.dumont.api.marketplace.TemplateVersionResponse;
import cloud.dumont.api.marketplace.UpdateRequest;
import java.util.List;

/**
 * The template marketplace ({@code /api/v1/marketplace}): official and community templates, publishing, versions,
 * forks, usage analytics and abuse reports. A template is named by its id, or an official template by its slug.
 */
public final class MarketplaceApi {

    private static final String BASE = "/api/v1/marketplace";

    private final Http http;

    MarketplaceApi(Http http) {
        this.http = http;
    }

    /** One page of templates matching the query, with facet counts. */
    public TemplatePage search(MarketplaceQuery query) {
        return http.get(BASE + "/templates" + query.toQueryString(), TemplatePage.class);
    }

    /** One template with its readme, spec and quality report; 404 for one the caller may not see. */
    public MarketplaceTemplate get(String template) {
        return http.get(path(template), MarketplaceTemplate.class);
    }

    /**
     * Publishes a new template (its first version). A rejected template is a {@link DumontException} with status 422
     * whose {@link Problem#errors()} lists every violation by field.
     */
    public MarketplaceTemplate publish(PublishRequest request) {
        return http.post(BASE + "/templates", request, MarketplaceTemplate.class);
    }

    /** Changes a template you own: a changed {@code spec} publishes a new version, metadata alone changes in place. */
    public MarketplaceTemplate update(String template, UpdateRequest request) {
        return http.put(path(template), request, MarketplaceTemplate.class);
    }

    /** Takes a template out of the marketplace; running deployments of it go on. */
    public void unpublish(String template) {
        http.delete(path(template));
    }

    /** Every version, newest first, yanked ones marked. */
    public List<TemplateVersionResponse> versions(String template) {
        return http.get(path(template) + "/versions", Types.listOf(TemplateVersionResponse.class));
    }

    /** Yanks a version: it can no longer be deployed. */
    public List<TemplateVersionResponse> yank(String template, String version) {
        return http.post(
                path(template) + "/versions/" + Query.encode(version) + "/yank",
                null,
                Types.listOf(TemplateVersionResponse.class));
    }

    /** Copies a version of the template (the latest by default) into your own namespace. */
    public MarketplaceTemplate fork(String template, ForkRequest request) {
        return http.post(path(template) + "/fork", request, MarketplaceTemplate.class);
    }

    /** Launches, success rate, time to ready and failure reasons, measured from real deployments. */
    public TemplateAnalytics analytics(String template) {
        return http.get(path(template) + "/analytics", TemplateAnalytics.class);
    }

    /** Every category with its number of listed templates, the fullest first. */
    public List<CategoryCount> categories() {
        return http.get(BASE + "/categories", Types.listOf(CategoryCount.class));
    }

    /** The templates the admins feature, in their order. */
    public List<MarketplaceTemplate> featured() {
        return http.get(BASE + "/featured", Types.listOf(MarketplaceTemplate.class));
    }

    /** Templates launched most in the last days (launches decay with a half-life of three days). */
    public List<MarketplaceTemplate> trending() {
        return http.get(BASE + "/trending", Types.listOf(MarketplaceTemplate.class));
    }

    /** The templates you published, unpublished ones included. */
    public List<MarketplaceTemplate> mine() {
        return http.get(BASE + "/mine", Types.listOf(MarketplaceTemplate.class));
    }

    /** Reports a template to the admins; reporting it again while your report is open updates that report. */
    public ReportResponse report(String template, ReportRequest request) {
        return http.post(path(template) + "/reports", request, ReportResponse.class);
    }

    private static String path(String template) {
        return BASE + "/templates/" + Query.encode(template);
    }
}
