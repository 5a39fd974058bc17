package cloud.dumont.sim.internal.market;

import java.util.List;

/**
 * An NVIDIA driver a host runs and the newest CUDA it supports ({@code cuda_max_good}).
 *
 * @param weight how common the driver is among hosts
 */
public record Driver(String version, double cudaMaxGood, int weight) {

    public static final List<Driver> ALL = List.of(
            new Driver("535.183.01", 12.2, 8),
            new Driver("550.90.07", 12.4, 10),
            new Driver("550.127.05", 12.4, 10),
            new Driver("560.35.03", 12.6, 8),
            new Driver("565.57.01", 12.7, 8),
            new Driver("570.133.07", 12.8, 14),
            new Driver("570.172.08", 12.8, 12),
            new Driver("575.64.03", 12.9, 10),
            new Driver("580.82.07", 13.0, 8));

    public int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** Vast.ai's numeric form, {@code 550.90.07 -> 550090007}, used for ordered comparisons. */
    public long numeric() {
        String[] parts = version.split("\\.");
        long value = 0;
        for (int i = 0; i < 3; i++) {
            value = value * 1000 + (i < parts.length ? Long.parseLong(parts[i]) : 0);
        }
        return value;
    }
}
