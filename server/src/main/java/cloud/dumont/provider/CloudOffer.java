package cloud.dumont.provider;

/**
 * One rentable offer.
 *
 * @param gpuRamMb VRAM per GPU, in MB as the provider reports it
 * @param pricePerHour total on-demand $/h for this offer, storage for the requested disk included
 * @param location the provider's "place, CC" string
 * @param inetDownMbps download bandwidth in Mb/s
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
        boolean verified) {}
