package cloud.dumont.api.deployment;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored "notify me" request.
 *
 * @param notifiedAt when matching offers were found, or null while Dumont is still watching
 * @param offersFound how many matching offers there were at that moment
 */
public record OfferAlertResponse(
        UUID id,
        String templateSlug,
        String gpuName,
        Double maxPrice,
        Instant createdAt,
        Instant notifiedAt,
        Integer offersFound) {}
