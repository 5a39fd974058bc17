package cloud.dumont.deployment.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Auto-hibernation ({@code dumont.hibernation.*}): the defaults a new deployment gets, and the engine's timings.
 *
 * @param enabledByDefault whether a new Vast.ai deployment hibernates on its own unless its owner turns it off
 * @param poolMembers whether warm-pool members hibernate while they wait to be taken (a deploy that takes one wakes it)
 * @param idleThresholdPct GPU utilisation under which a GPU counts as idle
 * @param idleWindow how long the GPU and the app must stay idle together before the instance is stopped
 * @param warnBefore how long before hibernating a warning event is written
 * @param wakeDeadline how long a woken instance may take to run again before Dumont rents a new one instead (Vast.ai
 *     keeps a restarted instance "scheduling" while its GPU is taken, possibly forever); only with a snapshot to
 *     restore there: without one the stopped disk is the workspace, and the restart is waited for
 * @param wakeRaceAfter how long a woken instance may take before a fresh instance restored from the hibernation's
 *     snapshot is rented beside it, the first of the two to be healthy kept
 * @param destroyAfter how long an instance stays stopped before it is destroyed and only its snapshot kept (stage 2);
 *     never without a complete snapshot
 * @param snapshotTimeout how long a snapshot before a stop may take before the instance is stopped without it
 * @param snapshotUsdPerGbMonth what snapshot storage costs, for the cost and savings figures (S3 Standard's list price
 *     by default; R2, B2 and Wasabi are cheaper)
 */
@Validated
@ConfigurationProperties("dumont.hibernation")
public record HibernationProperties(
        boolean enabledByDefault,
        boolean poolMembers,
        @Min(1) @Max(50) int idleThresholdPct,
        @NotNull Duration idleWindow,
        @NotNull Duration warnBefore,
        @NotNull Duration wakeDeadline,
        @NotNull Duration wakeRaceAfter,
        @NotNull Duration destroyAfter,
        @NotNull Duration snapshotTimeout,
        @Min(0) double snapshotUsdPerGbMonth) {}
