package cloud.dumont.snapshots;

import cloud.dumont.identity.CurrentUser;
import java.util.UUID;

/**
 * Who may see and delete a deployment's snapshots; the deployment module answers it (so this module does not depend on
 * deployments, which will depend on it to hibernate).
 */
public interface SnapshotAccess {

    /** Throws a 404 problem unless the user may manage the deployment (its owner, or an admin). */
    void checkManage(CurrentUser user, UUID deploymentId);

    /**
     * Throws a 404 problem unless the user may manage the deployment, and a 409 while the deployment relies on the
     * snapshot: a hibernation's snapshot (after 30 min stopped it is the workspace's only copy) or one a new instance
     * is about to restore.
     */
    void checkDeletable(CurrentUser user, UUID deploymentId, UUID snapshotId);
}
