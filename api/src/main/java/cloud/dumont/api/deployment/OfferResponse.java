package cloud.dumont.api.deployment;

/**
 * A live GPU offer a template fits on.
 *
 * @param pricePerHour on-demand price in US dollars per hour, storage for the template's disk included
 * @param reliability the host's measured reliability, 0 to 1
 * @param location the host's place and country code, e.g. "Quebec, CA"
 * @param inetDownMbps the host's download bandwidth in Mb/s (image pulls depend on it)
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
        boolean verified) {}
