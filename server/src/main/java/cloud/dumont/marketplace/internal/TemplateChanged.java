package cloud.dumont.marketplace.internal;

import java.util.UUID;

/**
 * Something shown in browse or search changed for this template (metadata, rating, launches, visibility): published
 * inside the writing transaction; the search index follows once it commits.
 */
public record TemplateChanged(UUID templateId) {}
