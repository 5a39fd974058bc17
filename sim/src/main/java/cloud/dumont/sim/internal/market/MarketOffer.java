package cloud.dumont.sim.internal.market;

import cloud.dumont.sim.Offer;

/**
 * An ask on the market: some GPUs of one machine at a price.
 *
 * @param dphBase on-demand price of the whole offer in dollars per hour, storage excluded
 * @param minBid lowest interruptible price of the whole offer
 */
public record MarketOffer(long id, long bundleId, Machine machine, int numGpus, double dphBase, double minBid) {

    public GpuModel gpu() {
        return machine.gpu();
    }

    public double gpuFraction() {
        return (double) numGpus / machine.gpusOnMachine();
    }

    /** Storage cost per hour for {@code diskGb}, from the monthly $/GB price (30-day month). */
    public double storageCostPerHour(double diskGb) {
        return diskGb * machine.storageCost() / (30 * 24);
    }

    public MarketOffer withMinBid(double newMinBid) {
        return new MarketOffer(id, bundleId, machine, numGpus, dphBase, newMinBid);
    }

    public Offer toOffer() {
        return new Offer(
                id,
                machine.machineId(),
                machine.hostId(),
                gpu().name(),
                numGpus,
                gpu().ramMb(),
                dphBase,
                minBid,
                machine.driver().cudaMaxGood(),
                machine.driver().version(),
                machine.reliability(),
                machine.verified(),
                machine.place().geolocation(),
                machine.inetDown(),
                machine.inetUp(),
                machine.diskSpaceGb(),
                gpu().computeCap());
    }
}
