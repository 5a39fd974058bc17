package cloud.dumont.deployment.internal;

import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.OfferFilter;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds the offers a template fits on and ranks them the way a person picking a GPU would: cheapest first among hosts
 * that pass the reliability floor, the more reliable host first at the same price.
 */
@Component
public class OfferPicker {

    static final Comparator<CloudOffer> RANKING = Comparator.comparingDouble(CloudOffer::pricePerHour)
            .thenComparing(Comparator.comparingDouble(CloudOffer::reliability).reversed())
            .thenComparingLong(CloudOffer::id);

    private final DeploymentProperties properties;

    OfferPicker(DeploymentProperties properties) {
        this.properties = properties;
    }

    public List<CloudOffer> compatible(
            GpuCloud cloud, TemplateLaunchSpec spec, int diskGb, String gpuName, Double maxPrice, int limit) {
        OfferFilter filter = new OfferFilter(
                spec.gpuMinVram(),
                cudaOf(spec),
                properties.minReliability(),
                blankToNull(gpuName),
                maxPrice,
                diskGb,
                limit);
        return cloud.searchOffers(filter).stream().sorted(RANKING).limit(limit).toList();
    }

    static double cudaOf(TemplateLaunchSpec spec) {
        try {
            return spec.cudaVersion() == null ? 0 : Double.parseDouble(spec.cudaVersion());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
