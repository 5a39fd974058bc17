package cloud.dumont.sim.internal.market;

/**
 * A physical host machine behind an offer. Everything here stays the same while the machine is
 * listed; {@code machineId} is what clients key host history and blacklists on.
 *
 * @param listedSince epoch seconds ({@code start_date})
 * @param availableUntil epoch seconds ({@code end_date})
 */
public record Machine(
        long machineId,
        long hostId,
        GpuModel gpu,
        int gpusOnMachine,
        Place place,
        Driver driver,
        CpuSpec cpu,
        int cpuRamMb,
        String moboName,
        String diskName,
        double diskBandwidth,
        double diskSpaceGb,
        double inetDown,
        double inetUp,
        double inetDownCost,
        double inetUpCost,
        int directPortCount,
        boolean staticIp,
        double pcieBandwidth,
        String osVersion,
        double reliability,
        String verification,
        boolean datacenter,
        double storageCost,
        double creditDiscountMax,
        double listedSince,
        double availableUntil,
        int gpuMaxTemp,
        boolean vmsEnabled) {

    public boolean verified() {
        return "verified".equals(verification);
    }

    /** A CPU model with its core count and clock. */
    public record CpuSpec(String name, int cores, double ghz) {}
}
