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
}
