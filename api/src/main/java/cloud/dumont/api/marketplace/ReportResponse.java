package cloud.dumont.api.marketplace;

import java.time.Instant;
import java.util.UUID;

/**
 * A report as admins see it.
 *
 * @param status open, dismissed or actioned (the template was unpublished)
 */
public record ReportResponse(
        UUID id,
        UUID templateId,
        String templateName,
        String reporter,
        String reason,
        String details,
        String status,
        String resolutionNote,
        Instant createdAt,
        Instant resolvedAt) {}
