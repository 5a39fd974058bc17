package cloud.dumont.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * A template as the registry stores it, official or community.
 *
 * @param ownerId the author's user id; null for official templates
 * @param spec the launch spec of {@code currentVersion}
 */
public record StoredTemplate(
        UUID id,
        String slug,
        UUID ownerId,
        String publisherHandle,
        String publisherName,
        boolean official,
        TemplateMetadata metadata,
        String currentVersion,
        TemplateLaunchSpec spec,
        UUID forkedFromId,
        String forkedFromVersion,
        Instant unpublishedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Shown in browse and search: public and not unpublished. */
    public boolean listed() {
        return unpublishedAt == null && "public".equals(metadata.visibility());
    }

    /** Whether this caller may see it at all: private templates exist only for their author and admins. */
    public boolean visibleTo(UUID userId, boolean admin) {
        if (admin || (ownerId != null && ownerId.equals(userId))) {
            return true;
        }
        return unpublishedAt == null && !"private".equals(metadata.visibility());
    }

    public boolean ownedBy(UUID userId) {
        return ownerId != null && ownerId.equals(userId);
    }
}
