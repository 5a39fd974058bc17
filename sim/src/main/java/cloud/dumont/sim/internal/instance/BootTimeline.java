package cloud.dumont.sim.internal.instance;

import java.time.Duration;

/**
 * When, counted from the start of a boot, an instance turns {@code created}, {@code loading} and
 * {@code running}. The record appears within a couple of seconds; most of the rest is the image
 * pull, which is why {@code loading} takes the larger share.
 */
public record BootTimeline(Duration created, Duration loading, Duration running) {

    private static final Duration RECORD_DELAY = Duration.ofSeconds(2);

    public static BootTimeline of(Duration total) {
        Duration created = min(RECORD_DELAY, total.dividedBy(10));
        Duration loading = created.plus(total.minus(created).dividedBy(5));
        return new BootTimeline(created, loading, total);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
