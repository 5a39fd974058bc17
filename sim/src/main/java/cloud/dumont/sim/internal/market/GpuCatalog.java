package cloud.dumont.sim.internal.market;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The GPU models of the simulated market, with figures from shared/reference/market.md (2026
 * price ranges, VRAM, share of listings) and public spec sheets (compute capability, FP32 TFLOPs,
 * memory bandwidth, power). Interruptible floors for H100 NVL, H200 and B200 are not in the
 * reference; they are set at about half the on-demand price like the other models.
 */
public final class GpuCatalog {

    public static final List<GpuModel> MODELS = List.of(
            new GpuModel("RTX 3090", 24576, 0.15, 0.22, 0.35, 0.10, 18, 860, 35.6, 48, 936, 350, 0, 4, false, 535),
            new GpuModel("RTX 4090", 24564, 0.30, 0.70, 0.90, 0.25, 25, 890, 82.6, 96, 1008, 450, 0, 4, false, 535),
            new GpuModel("RTX 5090", 32607, 0.86, 0.95, 1.14, 0.50, 10, 1200, 104.8, 130, 1792, 575, 0, 5, false, 570),
            new GpuModel("RTX A6000", 49140, 0.45, 0.55, 0.80, 0.30, 9, 860, 38.7, 56, 768, 300, 0, 4, true, 535),
            new GpuModel("L40S", 46068, 0.70, 0.85, 1.10, 0.45, 5, 890, 91.6, 98, 864, 350, 0, 4, true, 535),
            new GpuModel("A100 PCIE", 40960, 0.40, 0.65, 0.90, 0.30, 5, 800, 19.5, 72, 1555, 250, 0, 4, true, 535),
            new GpuModel("A100 SXM4", 81920, 0.78, 1.00, 1.30, 0.60, 8, 800, 19.5, 92, 2039, 400, 600, 4, true, 535),
            new GpuModel("H100 SXM", 81559, 1.85, 2.80, 4.00, 1.20, 8, 900, 66.9, 205, 3350, 700, 900, 5, true, 535),
            new GpuModel("H100 NVL", 95830, 2.20, 2.50, 2.90, 1.40, 3, 900, 60.0, 185, 3900, 400, 600, 5, true, 535),
            new GpuModel("H200", 143771, 3.50, 3.80, 4.40, 2.00, 3, 900, 66.9, 225, 4800, 700, 900, 5, true, 550),
            new GpuModel("B200", 183359, 4.20, 4.50, 5.00, 2.60, 1, 1000, 80.0, 360, 8000, 1000, 1800, 5, true, 570));

    /**
     * GPU names the real {@code /api/v0/gpu_names/unique/} returns beyond our market's models; the
     * CLI offers them as choices, so the list is longer than what is for rent here.
     */
    private static final List<String> OTHER_VAST_NAMES = List.of(
            "RTX 4080 SUPER",
            "RTX 3090 Ti",
            "RTX A4000",
            "RTX A5000",
            "RTX 6000Ada",
            "A100X",
            "H100 PCIE",
            "H200 NVL",
            "L40",
            "L4",
            "A10",
            "A40",
            "Tesla T4",
            "Tesla V100",
            "Tesla P100",
            "Tesla P40",
            "Q RTX 8000",
            "GTX 1080 Ti");

    private GpuCatalog() {}

    public static Optional<GpuModel> byName(String name) {
        return MODELS.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> allVastNames() {
        TreeSet<String> names = new TreeSet<>(OTHER_VAST_NAMES);
        MODELS.forEach(m -> names.add(m.name()));
        return List.copyOf(names);
    }
}
