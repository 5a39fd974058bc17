package cloud.dumont.catalog;

import cloud.dumont.api.catalog.TemplateResponse;
import cloud.dumont.platform.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The official template catalog as other features and the web layer see it. */
@Service
public class TemplateCatalog {

    private final OfficialTemplates official;
    private final TemplateRegistry registry;

    TemplateCatalog(OfficialTemplates official, TemplateRegistry registry) {
        this.official = official;
        this.registry = registry;
    }

    /**
     * Official templates that fit a GPU of {@code maxVram} GB (null: any), in a category (null: any), and whose name,
     * description or tags contain {@code query} (null: any), case-insensitively. Filtering runs over the cached
     * listing: the catalog is small and the cache is what keeps the list fast.
     */
    public List<TemplateResponse> search(Integer maxVram, String category, String query) {
        String q = blankToNull(query) == null ? null : query.trim().toLowerCase(Locale.ROOT);
        String cat = blankToNull(category);
        return official.listing().templates().stream()
                .filter(t -> maxVram == null || t.gpuMinVram() <= maxVram)
                .filter(t -> cat == null || t.category().equalsIgnoreCase(cat))
                .filter(t -> q == null || matches(t, q))
                .toList();
    }

    public TemplateResponse get(String slug) {
        TemplateResponse template = official.detail(slug);
        if (template == null) {
            throw ProblemException.notFound("Template '" + slug + "'");
        }
        return template;
    }

    /** The latest version of a template anyone may see: an official slug or a listed or unlisted template's id. */
    public DeployableTemplate deployable(String ref) {
        return deployable(ref, null, null, false);
    }

    /**
     * A template version frozen for a deployment.
     *
     * @param ref an official template's slug or any template's id
     * @param version a version to run instead of the latest (null: the latest)
     * @param userId the caller; a private template exists only for its author and admins
     * @throws ProblemException 404 when the caller cannot see the template or the version does not exist, 409 when
     *     the version was yanked or the template unpublished
     */
    public DeployableTemplate deployable(String ref, String version, UUID userId, boolean admin) {
        if (version == null) {
            // Official templates by slug: the cached path every official deploy and offer listing takes.
            DeployableTemplate template = official.deployable(ref);
            if (template != null) {
                return template;
            }
        }
        StoredTemplate template = registry.resolve(ref)
                .filter(t -> t.visibleTo(userId, admin))
                .orElseThrow(() -> ProblemException.notFound("Template '" + ref + "'"));
        if (template.unpublishedAt() != null) {
            throw ProblemException.conflict(
                    "Template '" + template.metadata().name() + "' was unpublished and takes no new deployments");
        }
        if (version == null || version.equals(template.currentVersion())) {
            return new DeployableTemplate(
                    template.id(),
                    template.slug(),
                    template.metadata().name(),
                    template.currentVersion(),
                    template.spec());
        }
        StoredVersion stored = registry.version(template.id(), version)
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of '" + ref + "'"));
        if (stored.yanked()) {
            throw ProblemException.conflict("Version " + version + " was yanked by its author; deploy another version");
        }
        return new DeployableTemplate(
                template.id(), template.slug(), template.metadata().name(), stored.version(), stored.spec());
    }

    private static boolean matches(TemplateResponse t, String q) {
        return t.name().toLowerCase(Locale.ROOT).contains(q)
                || t.description().toLowerCase(Locale.ROOT).contains(q)
                || t.tags().stream()
                        .anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(q));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
