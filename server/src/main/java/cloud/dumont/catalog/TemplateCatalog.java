package cloud.dumont.catalog;

import cloud.dumont.api.catalog.TemplateResponse;
import cloud.dumont.platform.ProblemException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The official template catalog as other features and the web layer see it. */
@Service
public class TemplateCatalog {

    private final OfficialTemplates official;

    TemplateCatalog(OfficialTemplates official) {
        this.official = official;
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

    /** The template's current version, frozen for a deployment; 404 problem when the template does not exist. */
    public DeployableTemplate deployable(String slug) {
        DeployableTemplate template = official.deployable(slug);
        if (template == null) {
            throw ProblemException.notFound("Template '" + slug + "'");
        }
        return template;
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
