package cloud.dumont.marketplace.internal;

import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which template. Anything a caller may not see answers 404, exactly like a template that does
 * not exist, so private templates do not leak their existence.
 */
@Component
public class TemplateAccess {

    private final TemplateRegistry registry;

    TemplateAccess(TemplateRegistry registry) {
        this.registry = registry;
    }

    /**
     * A template the caller may see, by id or (for official templates) by slug.
     *
     * @param user null for an anonymous caller
     */
    public StoredTemplate visible(String ref, CurrentUser user) {
        return registry.resolve(ref)
                .filter(t -> t.visibleTo(user == null ? null : user.id(), user != null && user.admin()))
                .orElseThrow(() -> ProblemException.notFound("Template '" + ref + "'"));
    }

    /** A template the caller may change: its author, or an admin; official templates change with each release. */
    public StoredTemplate editable(String ref, CurrentUser user) {
        StoredTemplate template = visible(ref, user);
        if (template.official()) {
            throw ProblemException.forbidden("Official templates change with each Dumont release, not through the API");
        }
        if (!user.admin() && !template.ownedBy(user.id())) {
            throw ProblemException.forbidden("Only the template's author or an admin may change it");
        }
        return template;
    }
}
