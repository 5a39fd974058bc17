package cloud.dumont.sim.internal.market;

/**
 * One GPU model as Vast.ai lists it. Prices are per GPU per hour in dollars; the on-demand price
 * of an offer is drawn from a triangular distribution over {@code [priceLow, priceHigh]} peaking at
 * {@code priceTypical}.
 *
 * @param name Vast.ai's display name ({@code gpu_name})
 * @param ramMb memory per GPU as Vast.ai reports it, in MB
 * @param share relative number of listings
 * @param bidFloor lowest interruptible price per GPU
 * @param datacenter whether hosts are mostly datacenters (faster links, better uptime, Xeon/EPYC)
 * @param minDriverMajor oldest driver branch that supports the model (Blackwell needs 570)
 */
public record GpuModel(
        String name,
        int ramMb,
        double priceLow,
        double priceTypical,
        double priceHigh,
        double bidFloor,
        int share,
        int computeCap,
        double tflops,
        double dlperf,
        double memBandwidth,
        int maxPowerWatts,
        double nvlinkBandwidth,
        int pciGen,
        boolean datacenter,
        int minDriverMajor) {}
