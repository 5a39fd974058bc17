package cloud.dumont.catalog;

import java.time.Instant;
import java.util.UUID;

/** One immutable version of a template. */
public record StoredVersion(
        UUID templateId,
        String version,
        TemplateLaunchSpec spec,
        String changelog,
        boolean yanked,
        Instant createdAt) {}
