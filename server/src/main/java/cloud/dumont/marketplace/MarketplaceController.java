package cloud.dumont.marketplace;

import cloud.dumont.api.marketplace.CategoryCount;
import cloud.dumont.api.marketplace.ForkRequest;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.PublishRequest;
import cloud.dumont.api.marketplace.TemplateAnalytics;
import cloud.dumont.api.marketplace.TemplatePage;
import cloud.dumont.api.marketplace.TemplateVersionResponse;
import cloud.dumont.api.marketplace.UpdateRequest;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.marketplace.internal.Browse;
import cloud.dumont.marketplace.internal.Publishing;
import cloud.dumont.marketplace.internal.UsageAnalytics;
import cloud.dumont.marketplace.search.SearchQuery;
import cloud.dumont.marketplace.search.SearchSort;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browse, search, publish and manage templates. {@code {id}} is a template id, or an official template's slug. A
 * template the caller may not see answers 404, never 403.
 */
@RestController
@RequestMapping("/api/v1/marketplace")
class MarketplaceController {

    private final Browse browse;
    private final Publishing publishing;
    private final UsageAnalytics analytics;

    MarketplaceController(Browse browse, Publishing publishing, UsageAnalytics analytics) {
        this.browse = browse;
        this.publishing = publishing;
        this.analytics = analytics;
    }

    @GetMapping("/templates")
    @Operation(
            summary = "Browse and search official and community templates",
            description = "Relevance-ranked keyword search (typos in a name still match) over name, description,"
                    + " tags, author and README, with facet counts for category, tag and architecture.")
    TemplatePage search(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 40) String category,
            @RequestParam(required = false) @Size(max = 30) String tag,
            @RequestParam(required = false) @Pattern(regexp = "x86_64|arm64") String architecture,
            @RequestParam(required = false) @Size(max = 40) String region,
            @RequestParam(name = "min_rating", required = false) @DecimalMin("0") @DecimalMax("5") Double minRating,
            @RequestParam(required = false) Boolean official,
            @RequestParam(defaultValue = "relevance") @Pattern(regexp = "relevance|popular|rating|recent|trending")
                    String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return browse.search(new SearchQuery(
                q,
                category,
                tag,
                architecture,
                region,
                minRating,
                official,
                SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)),
                page,
                size));
    }

    @GetMapping("/templates/{id}")
    @Operation(summary = "A template with its README, launch spec and the latest version's quality report")
    MarketplaceTemplate get(@PathVariable String id, Authentication auth) {
        return browse.get(id, caller(auth));
    }

    @PostMapping("/templates")
    @Operation(
            summary = "Publish a community template",
            description = "422 lists every rule the template breaks. With from_deployment the launch spec is the one"
                    + " that deployment ran.")
    ResponseEntity<MarketplaceTemplate> publish(@Valid @RequestBody PublishRequest request, Authentication auth) {
        MarketplaceTemplate created = publishing.publish(CurrentUser.of(auth), request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/marketplace/templates/" + created.id())
                .body(created);
    }

    @PutMapping("/templates/{id}")
    @Operation(
            summary = "Update a template (its author or an admin)",
            description = "A changed launch spec publishes a new immutable version; metadata changes in place.")
    MarketplaceTemplate update(
            @PathVariable String id, @Valid @RequestBody UpdateRequest request, Authentication auth) {
        return publishing.update(CurrentUser.of(auth), id, request);
    }

    @DeleteMapping("/templates/{id}")
    @Operation(
            summary = "Unpublish a template (its author or an admin)",
            description = "Hidden from browse and search and takes no new deployments; running deployments go on.")
    ResponseEntity<Void> unpublish(@PathVariable String id, Authentication auth) {
        publishing.unpublish(CurrentUser.of(auth), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/templates/{id}/versions")
    @Operation(summary = "Every version, newest first, with changelogs and quality reports")
    List<TemplateVersionResponse> versions(@PathVariable String id, Authentication auth) {
        return publishing.versions(caller(auth), id);
    }

    @PostMapping("/templates/{id}/versions/{version}/yank")
    @Operation(
            summary = "Yank a version (its author or an admin)",
            description = "A yanked version takes no new deployments; yanking the latest points the template at the"
                    + " newest version left. 409 for the only deployable version.")
    List<TemplateVersionResponse> yank(@PathVariable String id, @PathVariable String version, Authentication auth) {
        return publishing.yank(CurrentUser.of(auth), id, version);
    }

    @PostMapping("/templates/{id}/fork")
    @Operation(summary = "Copy a version of a template into your namespace, remembering its origin")
    ResponseEntity<MarketplaceTemplate> fork(
            @PathVariable String id, @Valid @RequestBody ForkRequest request, Authentication auth) {
        MarketplaceTemplate fork = publishing.fork(CurrentUser.of(auth), id, request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/marketplace/templates/" + fork.id())
                .body(fork);
    }

    @GetMapping("/templates/{id}/analytics")
    @Operation(summary = "Launches, success rate, time to ready and failure reasons, from real launch events")
    TemplateAnalytics analytics(@PathVariable String id, Authentication auth) {
        return analytics.of(id, caller(auth));
    }

    @GetMapping("/categories")
    @Operation(summary = "Categories with their number of listed templates")
    List<CategoryCount> categories() {
        return browse.categories();
    }

    @GetMapping("/featured")
    @Operation(summary = "Templates chosen by admins")
    List<MarketplaceTemplate> featured() {
        return browse.featured();
    }

    @GetMapping("/trending")
    @Operation(summary = "Templates by recent launches (each launch's weight halves every 3 days)")
    List<MarketplaceTemplate> trending() {
        return browse.trending();
    }

    @GetMapping("/mine")
    @Operation(summary = "Your templates, private and unpublished ones included")
    List<MarketplaceTemplate> mine(Authentication auth) {
        if (caller(auth) == null) {
            throw cloud.dumont.platform.ProblemException.unauthorized("Sign in to see your templates");
        }
        return browse.mine(CurrentUser.of(auth));
    }

    /** The signed-in caller, or null on a public read without credentials. */
    static CurrentUser caller(Authentication auth) {
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? null
                : CurrentUser.of(auth);
    }
}
