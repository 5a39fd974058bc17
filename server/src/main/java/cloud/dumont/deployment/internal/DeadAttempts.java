package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.InstanceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The first signs that a booting instance will never run, which RoundRobin acts on instead of waiting out the
 * provisioning timeout: the host reports it broken (exited, offline, unknown), the container runtime failed, or it has
 * made no progress to running within the attempt deadline.
 */
final class DeadAttempts {

    private DeadAttempts() {}

    static Optional<String> sign(
            CloudInstance instance, Optional<InstanceAttempt> attempt, Duration deadline, Instant now) {
        if (instance.state() == InstanceState.BROKEN) {
            return Optional.of("the host reports " + Reconciler.describe(instance));
        }
        String message =
                instance.statusMessage() == null ? "" : instance.statusMessage().toLowerCase(Locale.ROOT);
        if (message.contains("oci runtime create failed") || message.contains("error response from daemon")) {
            return Optional.of(
                    "the container could not start: " + instance.statusMessage().trim());
        }
        Instant ordered = attempt.map(InstanceAttempt::orderedAt).orElse(null);
        if (instance.state() != InstanceState.RUNNING
                && ordered != null
                && Duration.between(ordered, now).compareTo(deadline) >= 0) {
            return Optional.of("no progress to running in " + deadline.toSeconds() + " s (still "
                    + Reconciler.describe(instance) + ")");
        }
        return Optional.empty();
    }
}
