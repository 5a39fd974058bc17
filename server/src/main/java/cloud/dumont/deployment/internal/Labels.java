package cloud.dumont.deployment.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * Provider instance labels, {@code dumont:<deployment id>:<attempt>}: the only link from a rented instance back to
 * its deployment, used to find an instance again after a crash and to sweep orphans.
 */
public final class Labels {

    public static final String PREFIX = "dumont:";

    private Labels() {}

    public static String of(UUID deploymentId, int attempt) {
        return PREFIX + deploymentId + ":" + attempt;
    }

    /** The deployment and attempt a label names, or empty for a label Dumont did not write. */
    public static Optional<Parsed> parse(String label) {
        if (label == null || !label.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = label.substring(PREFIX.length()).split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(UUID.fromString(parts[0]), Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public record Parsed(UUID deploymentId, int attempt) {}
}
