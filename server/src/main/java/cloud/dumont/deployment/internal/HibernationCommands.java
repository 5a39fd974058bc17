package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.HibernationSettings;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What an owner asks of hibernation: its settings, hibernate now, wake. */
@Component
public class HibernationCommands {

    private final Deployments deployments;
    private final Hibernation hibernation;
    private final Clock clock;

    HibernationCommands(Deployments deployments, Hibernation hibernation, Clock clock) {
        this.deployments = deployments;
        this.hibernation = hibernation;
        this.clock = clock;
    }

    /** Replaces the settings; invalid working hours or run limit are refused (422) before anything changes. */
    public DeploymentResponse configure(CurrentUser user, UUID id, HibernationSettings settings) {
        StopSchedule schedule = ScheduledStops.parse(settings);
        return deployments.change(user, id, d -> {
            requireVast(d);
            d.setHibernation(
                    settings.enabled(), settings.idleThresholdPct(), Duration.ofSeconds(settings.idleWindowSeconds()));
            d.note(
                    settings.enabled()
                            ? "Auto-hibernation on: after " + settings.idleWindowSeconds() + " s with the GPU under "
                                    + settings.idleThresholdPct() + " % and no app activity"
                            : schedule.isEmpty()
                                    ? "Auto-hibernation off: it runs until destroyed"
                                    : "Auto-hibernation off: idleness does not stop it",
                    clock.instant());
            if (d.setStopSchedule(schedule, clock.instant())) {
                d.note("Schedule: " + ScheduledStops.describe(schedule), clock.instant());
            }
            return true;
        });
    }

    public DeploymentResponse hibernate(CurrentUser user, UUID id) {
        return deployments.change(user, id, d -> {
            requireVast(d);
            if (d.getStatus() == DeploymentStatus.hibernating || d.getStatus() == DeploymentStatus.hibernated) {
                return false;
            }
            if (d.getStatus() != DeploymentStatus.running && d.getStatus() != DeploymentStatus.unhealthy) {
                throw ProblemException.conflict(
                        "Only a running deployment can hibernate; this one is " + d.getStatus());
            }
            hibernation.stop(d, "Hibernate requested: stopping the instance; its disk is kept", clock.instant());
            return true;
        });
    }

    /**
     * Hibernates every running Vast.ai deployment of a user, for a reason the timeline gives (a spent budget).
     *
     * @return how many began hibernating
     */
    public int hibernateAll(UUID ownerId, String reason) {
        CurrentUser owner = new CurrentUser(ownerId, false);
        int started = 0;
        for (DeploymentResponse d : deployments.list(owner)) {
            if (d.status() != DeploymentStatus.running && d.status() != DeploymentStatus.unhealthy) {
                continue;
            }
            DeploymentResponse after = deployments.change(owner, d.id(), e -> {
                boolean serving =
                        e.getStatus() == DeploymentStatus.running || e.getStatus() == DeploymentStatus.unhealthy;
                if (e.onKubernetes() || !serving) {
                    return false;
                }
                hibernation.stop(e, reason, clock.instant());
                return true;
            });
            started += after.status() == DeploymentStatus.hibernating ? 1 : 0;
        }
        return started;
    }

    public DeploymentResponse wake(CurrentUser user, UUID id) {
        return deployments.change(user, id, d -> {
            requireVast(d);
            if (d.getStatus() == DeploymentStatus.waking) {
                return false;
            }
            if (d.getStatus() != DeploymentStatus.hibernated) {
                throw ProblemException.conflict("Only a hibernated deployment can wake; this one is " + d.getStatus());
            }
            hibernation.wake(d, clock.instant());
            return true;
        });
    }

    private static void requireVast(DeploymentEntity d) {
        if (d.onKubernetes()) {
            throw ProblemException.conflict(
                    "Hibernation is for Vast.ai deployments; scale a Kubernetes deployment instead");
        }
    }
}
