package cloud.dumont.machines.internal;

import cloud.dumont.api.machines.AttemptOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Counts and ready times of a set of attempts (one machine's, one GPU model's), built one attempt at a time. */
final class TrackRecord {

    private int attempts;
    private int successes;
    private int failures;
    private final List<Double> readySeconds = new ArrayList<>();
    private Instant last;
    private String gpuName;

    void add(AttemptOutcome outcome, Double secondsToReady, Instant at, String gpu) {
        attempts++;
        switch (outcome) {
            case ready -> {
                successes++;
                if (secondsToReady != null) {
                    readySeconds.add(secondsToReady);
                }
            }
            case failed -> failures++;
            default -> {}
        }
        if (last == null || at.isAfter(last)) {
            last = at;
            if (gpu != null) {
                gpuName = gpu;
            }
        }
    }

    int attempts() {
        return attempts;
    }

    int successes() {
        return successes;
    }

    int failures() {
        return failures;
    }

    Double successRate() {
        int counted = successes + failures;
        return counted == 0 ? null : Math.round(1000.0 * successes / counted) / 1000.0;
    }

    Double medianSecondsToReady() {
        return Medians.of(readySeconds);
    }

    Instant last() {
        return last;
    }

    String gpuName() {
        return gpuName;
    }
}
