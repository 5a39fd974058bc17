package cloud.dumont.deployment.internal;

import cloud.dumont.platform.ProblemException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * A change to one deployment made beside the reconciler (a user's action, a note, a warm-pool resize or claim): read a
 * fresh copy, change it, write it. When the reconciler wrote the row meanwhile, the write is refused (the row's
 * version moved on), and the change is decided again on a fresh copy, a few times, instead of failing the request.
 */
@Component
class FreshChanges {

    static final int ATTEMPTS = 3;

    private final DeploymentStore store;

    FreshChanges(DeploymentStore store) {
        this.store = store;
    }

    /**
     * @return the copy written; empty when the deployment does not exist or {@code change} declined (nothing written)
     * @throws ProblemException a 409 when the deployment kept changing under every attempt
     */
    Optional<DeploymentEntity> apply(UUID id, Deployments.Change change) {
        for (int attempt = 1; ; attempt++) {
            Optional<DeploymentEntity> found = store.find(id);
            if (found.isEmpty() || !change.apply(found.get())) {
                return Optional.empty();
            }
            try {
                store.update(found.get());
                return found;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw ProblemException.conflict("The deployment is changing right now; try again");
                }
            }
        }
    }
}
