package cloud.dumont.provider;

/**
 * One rentable offer.
 *
 * @param gpuRamMb VRAM per GPU, in MB as the provider reports it
 * @param pricePerHour total on-demand $/h for this offer, storage for the requested disk included
 * @param location the provider's "place, CC" string
 * @param inetDownMbps download bandwidth in Mb/s
 * @param diskSpaceGb free disk the host offers, in GB
 * @param minBid the lowest interruptible (bid) price for the whole offer in $/h, storage excluded; null when the
 *     provider gives none
 * @param storagePerHour the requested disk's share of {@link #pricePerHour()}, billed from creation even while the
 *     instance does not run; null when the provider did not say
 */
public record CloudOffer(
        long id,
        long machineId,
        String gpuName,
        int numGpus,
        int gpuRamMb,
        double pricePerHour,
        double reliability,
        String location,
        double inetDownMbps,
        double cudaMaxGood,
        boolean verified,
        double diskSpaceGb,
        Double minBid,
        Double storagePerHour) {

    /** An offer whose disk price is not known apart from its total. */
    public CloudOffer(
            long id,
            long machineId,
            String gpuName,
            int numGpus,
            int gpuRamMb,
            double pricePerHour,
            double reliability,
            String location,
            double inetDownMbps,
            double cudaMaxGood,
            boolean verified,
            double diskSpaceGb,
            Double minBid) {
        this(
                id,
                machineId,
                gpuName,
                numGpus,
                gpuRamMb,
                pricePerHour,
                reliability,
                location,
                inetDownMbps,
                cudaMaxGood,
                verified,
                diskSpaceGb,
                minBid,
                null);
    }

    /** An offer without an interruptible price. */
    public CloudOffer(
            long id,
            long machineId,
            String gpuName,
            int numGpus,
            int gpuRamMb,
            double pricePerHour,
            double reliability,
            String location,
            double inetDownMbps,
            double cudaMaxGood,
            boolean verified,
            double diskSpaceGb) {
        this(
                id,
                machineId,
                gpuName,
                numGpus,
                gpuRamMb,
                pricePerHour,
                reliability,
                location,
                inetDownMbps,
                cudaMaxGood,
                verified,
                diskSpaceGb,
                (Double) null);
    }

    /**
     * GPUs report less VRAM than their marketing size: a 24 GB RTX 4090 reports 24564 MB, a 48 GB L40S 46068 MB, a 16
     * GB Tesla T4 15360 MB and a 24 GB A10 23028 MB, i.e. down to ~93.7 % of GB×1024. Requiring GB×1024×0.93 lets all
     * of those through while the next smaller class (a 22 GB card for 24, 11 GB for 12) stays out. GB×1000, the CLI's
     * conversion, would wrongly exclude the T4 and the L40S.
     */
    public static int minReportedVramMb(int vramGb) {
        return (int) Math.floor(vramGb * 1024 * 0.93);
    }

    /** True when this offer's GPUs have at least {@code vramGb} GB each, as cards of that class report it. */
    public boolean hasVram(int vramGb) {
        return gpuRamMb >= minReportedVramMb(vramGb);
    }

    /** The two-letter country code ending the location ("Texas, US" is US), or null when there is none. */
    public String countryCode() {
        return countryCodeOf(location);
    }

    /** The two-letter country code ending a "place, CC" location, or null when there is none. */
    public static String countryCodeOf(String location) {
        if (location == null) {
            return null;
        }
        String trimmed = location.strip();
        int comma = trimmed.lastIndexOf(',');
        String code = (comma < 0 ? trimmed : trimmed.substring(comma + 1)).strip();
        return code.length() == 2 ? code.toUpperCase(java.util.Locale.ROOT) : null;
    }
}
