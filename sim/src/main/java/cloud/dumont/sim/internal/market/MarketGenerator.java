package cloud.dumont.sim.internal.market;

import static cloud.dumont.sim.internal.market.Weighted.round;
import static cloud.dumont.sim.internal.market.Weighted.triangular;
import static cloud.dumont.sim.internal.market.Weighted.uniform;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invents offers from a seed: the same seed and the same sequence of calls give the same offers,
 * ids included. GPU models are drawn by their share of listings, GPU counts by what hosts of that
 * class usually have, and prices scale roughly linearly with the count.
 */
public final class MarketGenerator {

    private static final List<Integer> COUNTS = List.of(1, 2, 4, 8);

    private final SplittableRandom random;
    private final MachineFactory machines;
    private long nextOfferId;
    private long nextBundleId;

    public MarketGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.machines = new MachineFactory(random.split());
        this.nextOfferId = 21_000_000 + random.nextInt(1_000_000);
        this.nextBundleId = 700_000_000 + random.nextInt(10_000_000);
    }

    public MarketOffer next(Instant now) {
        GpuModel gpu = Weighted.pick(random, GpuCatalog.MODELS, GpuModel::share);
        return next(gpu, gpuCount(gpu), now);
    }

    public MarketOffer next(GpuModel gpu, int numGpus, Instant now) {
        if (!COUNTS.contains(numGpus)) {
            throw new IllegalArgumentException("offers have 1, 2, 4 or 8 GPUs, not " + numGpus);
        }
        Machine machine = machines.build(gpu, numGpus, now);
        double perGpu = triangular(random, gpu.priceLow(), gpu.priceTypical(), gpu.priceHigh());
        if (!machine.verified()) {
            perGpu *= 0.9; // unverified hosts undercut to get rented at all
        }
        double dphBase = round(perGpu * numGpus * uniform(random, 0.98, 1.02), 4);
        double minBid = round(Math.min(gpu.bidFloor() * numGpus * uniform(random, 1.0, 1.5), dphBase * 0.8), 4);
        nextOfferId += 1 + random.nextInt(3_000);
        nextBundleId += 1 + random.nextInt(50_000);
        return new MarketOffer(nextOfferId, nextBundleId, machine, numGpus, dphBase, minBid);
    }

    /** Big datacenter parts come in 8-GPU boxes more often; consumer cards mostly alone. */
    private int gpuCount(GpuModel gpu) {
        int[] weights = gpu.datacenter() && gpu.nvlinkBandwidth() > 0
                ? new int[] {35, 20, 20, 25}
                : gpu.datacenter() ? new int[] {45, 28, 17, 10} : new int[] {48, 25, 17, 10};
        int ticket = random.nextInt(100);
        for (int i = 0; i < COUNTS.size(); i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return COUNTS.get(i);
            }
        }
        return 1;
    }
}
