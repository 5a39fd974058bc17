package cloud.dumont.provider;

import java.util.Set;

/**
 * What a template needs from an offer.
 *
 * @param minVramGb VRAM per GPU, in GB
 * @param minCuda the highest CUDA version the host's driver supports must be at least this
 * @param gpuName only this GPU model, or null for any
 * @param maxPricePerHour only offers at or under this $/h (storage for {@code diskGb} included), or null
 * @param diskGb disk the instance will get; offers with less free disk are left out
 * @param numGpus only offers of exactly this many GPUs, or null for any count
 * @param countryCodes only hosts in these two-letter countries (the code ending a location), or null for anywhere
 * @param verifiedOnly only hosts the provider has verified; false lets unverified (cheaper, riskier) hosts in
 */
public record OfferFilter(
        int minVramGb,
        double minCuda,
        double minReliability,
        String gpuName,
        Double maxPricePerHour,
        int diskGb,
        int limit,
        Integer numGpus,
        Set<String> countryCodes,
        boolean verifiedOnly) {

    public OfferFilter {
        countryCodes = countryCodes == null ? null : Set.copyOf(countryCodes);
    }

    /** Offers of verified hosts anywhere. */
    public OfferFilter(
            int minVramGb,
            double minCuda,
            double minReliability,
            String gpuName,
            Double maxPricePerHour,
            int diskGb,
            int limit,
            Integer numGpus) {
        this(minVramGb, minCuda, minReliability, gpuName, maxPricePerHour, diskGb, limit, numGpus, null, true);
    }

    /** Offers of one GPU, what a template deployment rents. */
    public OfferFilter(
            int minVramGb,
            double minCuda,
            double minReliability,
            String gpuName,
            Double maxPricePerHour,
            int diskGb,
            int limit) {
        this(minVramGb, minCuda, minReliability, gpuName, maxPricePerHour, diskGb, limit, 1);
    }
}
