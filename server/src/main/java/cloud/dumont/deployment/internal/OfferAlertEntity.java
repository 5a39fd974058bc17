package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.OfferAlertResponse;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored "notify me when this template can be deployed" request. */
@Entity
@Table(name = "offer_alerts")
public class OfferAlertEntity {

    @Id
    private UUID id;

    private UUID ownerId;
    private String templateSlug;
    private String gpuName;
    private Double maxPrice;
    private Instant createdAt;
    private Instant notifiedAt;
    private Integer offersFound;

    protected OfferAlertEntity() {}

    OfferAlertEntity(UUID ownerId, String templateSlug, String gpuName, Double maxPrice, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.templateSlug = templateSlug;
        this.gpuName = gpuName;
        this.maxPrice = maxPrice;
        this.createdAt = now;
    }

    void notified(int offers, Instant now) {
        this.offersFound = offers;
        this.notifiedAt = now;
    }

    OfferAlertResponse toResponse() {
        return new OfferAlertResponse(id, templateSlug, gpuName, maxPrice, createdAt, notifiedAt, offersFound);
    }

    String getTemplateSlug() {
        return templateSlug;
    }

    String getGpuName() {
        return gpuName;
    }

    Double getMaxPrice() {
        return maxPrice;
    }
}
