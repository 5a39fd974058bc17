package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.DeploymentTarget;
import cloud.dumont.api.deployment.StandbyResponse;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What an owner asks of failover: see and set it per deployment, or fail over now. */
@Component
public class FailoverCommands {

    private final Deployments deployments;
    private final Failover failover;
    private final Clock clock;

    private final WorkspaceSnapshots workspaces;

    FailoverCommands(Deployments deployments, Failover failover, WorkspaceSnapshots workspaces, Clock clock) {
        this.deployments = deployments;
        this.failover = failover;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** The user's Vast.ai deployments that a lost host could still hurt: live ones not being destroyed. */
    public List<StandbyResponse> list(CurrentUser user) {
        return deployments.list(user).stream()
                .filter(d -> d.target() != DeploymentTarget.kubernetes
                        && d.status().live()
                        && d.status() != DeploymentStatus.destroying)
                .map(d -> view(deployments.visible(user, d.id())))
                .toList();
    }

    public StandbyResponse configure(CurrentUser user, UUID id, boolean enabled) {
        return configure(user, id, enabled, null);
    }

    /** Turns failover on or off; a non-null interval also sets how often the workspace is snapshotted for it. */
    public StandbyResponse configure(CurrentUser user, UUID id, boolean enabled, Duration snapshotInterval) {
        deployments.change(user, id, d -> {
            requireVast(d);
            d.setFailoverEnabled(enabled);
            if (snapshotInterval != null) {
                d.workspace().setSnapshotInterval(snapshotInterval);
            }
            d.note(
                    enabled
                            ? "Failover on: a lost host is replaced by a new instance, which restores the latest"
                                    + " workspace snapshot (taken every "
                                    + d.workspace()
                                            .snapshotInterval(failover.snapshotInterval())
                                            .toMinutes()
                                    + " min)"
                            : "Failover off: a lost host fails the deployment",
                    clock.instant());
            return true;
        });
        return view(deployments.visible(user, id));
    }

    /** Moves a running deployment to a new host now, whatever its host says. */
    public DeploymentResponse failoverNow(CurrentUser user, UUID id) {
        return deployments.change(user, id, d -> {
            requireVast(d);
            if (d.getStatus() != DeploymentStatus.running && d.getStatus() != DeploymentStatus.unhealthy) {
                throw ProblemException.conflict(
                        "Only a running or unhealthy deployment can fail over; this one is " + d.getStatus());
            }
            failover.replace(d, "failover requested", clock.instant());
            return true;
        });
    }

    private StandbyResponse view(DeploymentEntity d) {
        Instant latest = workspaces.latest(d).map(s -> s.createdAt()).orElse(null);
        return new StandbyResponse(
                d.getId(),
                d.getTemplateName(),
                d.getStatus(),
                d.isFailoverEnabled(),
                d.isFailoverEnabled() && (latest != null || workspaces.agentHeard(d)),
                (int) d.workspace()
                        .snapshotInterval(failover.snapshotInterval())
                        .toSeconds(),
                latest);
    }

    private static void requireVast(DeploymentEntity d) {
        if (d.onKubernetes()) {
            throw ProblemException.conflict(
                    "Failover is for Vast.ai deployments; Kubernetes restarts a DGD's pods itself");
        }
    }
}
