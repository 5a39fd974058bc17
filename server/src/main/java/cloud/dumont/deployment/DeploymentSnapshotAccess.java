package cloud.dumont.deployment;

import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.snapshots.SnapshotAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A deployment's snapshots are its owner's (and an admin's), like the deployment; others get a 404. */
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
}
