package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.OfferResponse;
import cloud.dumont.api.deployment.OffersResponse;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.ProviderException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Live offers a template can be deployed on, best first, in the API's shape. Listings are kept for a few seconds:
 * Vast.ai limits offer searches to about ten a minute per address, and a page of people looking at the same template
 * should not spend that budget (the engine itself always searches afresh before it rents).
 */
@Service
public class Offers {

    private static final Duration LISTING_TTL = Duration.ofSeconds(10);

    private record ListingKey(
            String slug, String version, String gpuName, OfferConstraints constraints, int diskGb, int limit) {}

    private final TemplateCatalog templates;
    private final GpuCloud cloud;
    private final OfferPicker picker;
    private final Cache<ListingKey, List<OfferRanking.RankedOffer>> listings = Caffeine.newBuilder()
            .expireAfterWrite(LISTING_TTL)
            .maximumSize(1_000)
            .build();

    Offers(TemplateCatalog templates, GpuCloud cloud, OfferPicker picker) {
        this.templates = templates;
        this.cloud = cloud;
        this.picker = picker;
    }

    public OffersResponse forTemplate(
            String slug, String gpuName, OfferConstraints constraints, Integer diskGb, int limit) {
        DeployableTemplate template = templates.deployable(slug);
        Double maxPrice = constraints.maxPricePerHour();
        int disk = diskGb == null ? template.spec().diskGb() : diskGb;
        List<OfferRanking.RankedOffer> found;
        try {
            found = listings.get(
                    new ListingKey(slug, template.version(), gpuName, constraints, disk, limit),
                    k -> picker.ranked(cloud, template.spec(), disk, gpuName, constraints, limit));
        } catch (ProviderException e) {
            throw Deployments.unavailable(e);
        }
        String message = found.isEmpty()
                ? "No compatible GPUs available right now"
                        + (gpuName == null || gpuName.isBlank() ? "" : " of model " + gpuName)
                        + (maxPrice == null ? "" : String.format(" at or under $%.2f/h", maxPrice))
                        + (constraints.region() == null
                                ? ""
                                : " in " + constraints.region().label())
                        + ". Ask to be notified and Dumont will tell you when one appears."
                : null;
        return new OffersResponse(slug, found.stream().map(Offers::toResponse).toList(), message, cloud.simulated());
    }

    /** How many offers match now (for the notify-me watcher). */
    int count(String slug, String gpuName, Double maxPrice) {
        DeployableTemplate template = templates.deployable(slug);
        return picker.compatible(
                        cloud,
                        template.spec(),
                        template.spec().diskGb(),
                        gpuName,
                        OfferConstraints.maxPrice(maxPrice),
                        64)
                .size();
    }

    static OfferResponse toResponse(OfferRanking.RankedOffer ranked) {
        CloudOffer o = ranked.offer();
        return new OfferResponse(
                o.id(),
                o.machineId(),
                o.gpuName(),
                o.numGpus(),
                Math.round(o.gpuRamMb() / 1024f),
                o.pricePerHour(),
                o.reliability(),
                o.location(),
                o.inetDownMbps(),
                o.cudaMaxGood(),
                o.verified(),
                ranked.score(),
                ranked.reasons());
    }
}
