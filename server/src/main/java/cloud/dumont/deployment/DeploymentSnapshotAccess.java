package cloud.dumont.deployment;

import cloud.dumont.deployment.internal.DeploymentEntity;
import cloud.dumont.deployment.internal.DeploymentWorkspace;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.snapshots.SnapshotAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A deployment's snapshots are its owner's (and an admin's), like the deployment; others get a 404. One the deployment
 * relies on (its hibernation's, or one being restored) cannot be deleted: a 409.
 */
@Component
class DeploymentSnapshotAccess implements SnapshotAccess {

    private final Deployments deployments;

    DeploymentSnapshotAccess(Deployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public void checkManage(CurrentUser user, UUID deploymentId) {
        deployments.visible(user, deploymentId);
    }

    @Override
    public void checkDeletable(CurrentUser user, UUID deploymentId, UUID snapshotId) {
        DeploymentEntity d = deployments.visible(user, deploymentId);
        DeploymentWorkspace w = d.workspace();
        if (snapshotId.equals(w.hibernationSnapshotId())) {
            throw ProblemException.conflict(
                    w.releasedAt() != null
                            ? "This snapshot is the only copy of the hibernated workspace (its instance is gone): wake the"
                                    + " deployment first, or destroy the deployment if you no longer need it"
                            : "The hibernated deployment relies on this snapshot (a wake may restore it on a new instance,"
                                    + " and after 30 min stopped it becomes the workspace's only copy): wake it first");
        }
        if (snapshotId.equals(w.restoreSnapshotId())) {
            throw ProblemException.conflict(
                    "A new instance of the deployment is restoring this snapshot; delete it once the deployment runs");
        }
    }
}
