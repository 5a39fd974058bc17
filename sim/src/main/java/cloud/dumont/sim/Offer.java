package cloud.dumont.sim;

/**
 * An offer on the simulated market, as tests see it. The HTTP API shows many more fields (see
 * {@code /api/v0/bundles/}); these are the ones tests pick offers by.
 *
 * @param dphBase on-demand dollars per hour for all {@code numGpus}, storage excluded
 * @param minBid lowest interruptible dollars per hour for all {@code numGpus}
 * @param gpuRamMb memory per GPU in MB
 */
public record Offer(
        long id,
        long machineId,
        long hostId,
        String gpuName,
        int numGpus,
        int gpuRamMb,
        double dphBase,
        double minBid,
        double cudaMaxGood,
        String driverVersion,
        double reliability,
        boolean verified,
        String geolocation,
        double inetDown,
        double inetUp,
        double diskSpaceGb,
        int computeCap) {

    /** The two-letter country code at the end of {@code geolocation}. */
    public String countryCode() {
        return geolocation.substring(geolocation.length() - 2);
    }
}
