package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.OfferAlertRequest;
import cloud.dumont.api.deployment.OfferAlertResponse;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.provider.ProviderException;
import java.time.Clock;
import java.util.List;
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
    private final Offers offers;
    private final Clock clock;

    OfferAlerts(OfferAlertRepository alerts, Offers offers, Clock clock) {
        this.alerts = alerts;
        this.offers = offers;
        this.clock = clock;
    }

    @Transactional
    public OfferAlertResponse create(CurrentUser user, String slug, OfferAlertRequest request) {
        offers.count(slug, null, null); // 404 for an unknown template before anything is stored
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

    @Scheduled(
            fixedDelayString = "${dumont.deployments.offer-alert-interval}",
            initialDelayString = "${dumont.deployments.offer-alert-interval}")
    @Transactional
    public void checkOpenAlerts() {
        for (OfferAlertEntity alert : alerts.findByNotifiedAtIsNull()) {
            try {
                int found = offers.count(alert.getTemplateSlug(), alert.getGpuName(), alert.getMaxPrice());
                if (found > 0) {
                    alert.notified(found, clock.instant());
                    log.info("Offers appeared for a notify-me request on {}: {}", alert.getTemplateSlug(), found);
                }
            } catch (ProviderException e) {
                log.warn("Notify-me check skipped: {}", e.getMessage());
                return;
            }
        }
    }
}
