package cloud.dumont.api.deployment;

import java.util.List;

/**
 * A live GPU offer a template fits on.
 *
 * @param pricePerHour on-demand price in US dollars per hour, storage for the template's disk included
 * @param reliability the host's measured reliability, 0 to 1
 * @param location the host's place and country code, e.g. "Quebec, CA"
 * @param inetDownMbps the host's download bandwidth in Mb/s (image pulls depend on it)
 * @param score what a working GPU is expected to cost on this offer, in $/h: the price over the chance the host boots
 *     the app (its success rate measured by Dumont, else its reliability), with small penalties for a slow download
 *     and a slow measured start; offers are listed by it, lowest first
 * @param rankReasons what the score is made of, in words ("ready 4 of 5 times on this host", "slow download 80 Mb/s")
 */
public record OfferResponse(
        long id,
        long machineId,
        String gpuName,
        int numGpus,
        int gpuRamGb,
        double pricePerHour,
        double reliability,
        String location,
        double inetDownMbps,
        double cudaVersion,
        boolean verified,
        double score,
        List<String> rankReasons) {}
