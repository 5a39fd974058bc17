package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.OfferAlertRequest;
import cloud.dumont.api.deployment.OfferAlertResponse;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.provider.ProviderException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Notify me" requests for templates that have no compatible offer: stored, and checked by a periodic job that
 * records the notification (when and how many offers) once matching offers appear. The UI shows it to the user.
 */
@Service
public class OfferAlerts {

    private static final Logger log = LoggerFactory.getLogger(OfferAlerts.class);

    private final OfferAlertRepository alerts;
    private final TemplateCatalog templates;
    private final Offers offers;
    private final Clock clock;

    OfferAlerts(OfferAlertRepository alerts, TemplateCatalog templates, Offers offers, Clock clock) {
        this.alerts = alerts;
        this.templates = templates;
        this.offers = offers;
        this.clock = clock;
    }

    private record Wish(String slug, String gpuName, Double maxPrice) {}

    @Transactional
    public OfferAlertResponse create(CurrentUser user, String slug, OfferAlertRequest request) {
        templates.deployable(slug); // 404 for an unknown template before anything is stored
        String gpu = request.gpuName() == null || request.gpuName().isBlank()
                ? null
                : request.gpuName().trim();
        return alerts.save(new OfferAlertEntity(user.id(), slug, gpu, request.maxPrice(), clock.instant()))
                .toResponse();
    }

    @Transactional(readOnly = true)
    public List<OfferAlertResponse> list(CurrentUser user) {
        return alerts.findByOwnerIdOrderByCreatedAtDesc(user.id()).stream()
                .map(OfferAlertEntity::toResponse)
                .toList();
    }

    /**
     * Looks for offers once per distinct wish (many people waiting for the same template ask once), outside any
     * transaction so no database connection waits on the provider, then stores the notifications that came true.
     */
    @Scheduled(
            fixedDelayString = "${dumont.deployments.offer-alert-interval}",
            initialDelayString = "${dumont.deployments.offer-alert-interval}")
    public void checkOpenAlerts() {
        Map<Wish, List<OfferAlertEntity>> open = alerts.findByNotifiedAtIsNull().stream()
                .collect(Collectors.groupingBy(a -> new Wish(a.getTemplateSlug(), a.getGpuName(), a.getMaxPrice())));
        List<OfferAlertEntity> notified = new ArrayList<>();
        for (Map.Entry<Wish, List<OfferAlertEntity>> wish : open.entrySet()) {
            int found;
            try {
                found = offers.count(
                        wish.getKey().slug(),
                        wish.getKey().gpuName(),
                        wish.getKey().maxPrice());
            } catch (ProviderException e) {
                log.warn("Notify-me check skipped: {}", e.getMessage());
                break;
            }
            if (found > 0) {
                wish.getValue().forEach(a -> a.notified(found, clock.instant()));
                notified.addAll(wish.getValue());
                log.info(
                        "Offers appeared for {} notify-me request(s) on {}: {}",
                        wish.getValue().size(),
                        wish.getKey().slug(),
                        found);
            }
        }
        alerts.saveAll(notified);
    }
}
