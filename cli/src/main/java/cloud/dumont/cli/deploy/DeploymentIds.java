package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.cli.UserError;
import cloud.dumont.sdk.DeploymentsApi;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Accepts a deployment's full id or, like git and docker, any unique prefix of it (the lists show 8 characters). */
public final class DeploymentIds {

    private DeploymentIds() {}

    /** The deployment {@code given} names, or a {@link UserError} saying why none or several match. */
    public static UUID resolve(DeploymentsApi deployments, String given) {
        String id = given.strip().toLowerCase(Locale.ROOT);
        if (id.length() == 36) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException notAUuid) {
                throw new UserError("'" + given + "' is not a deployment id");
            }
        }
        if (id.length() < 4) {
            throw new UserError("Give at least 4 characters of the deployment id");
        }
        List<UUID> matches = deployments.list().stream()
                .map(DeploymentResponse::id)
                .filter(u -> u.toString().startsWith(id))
                .toList();
        return switch (matches.size()) {
            case 1 -> matches.getFirst();
            case 0 -> throw new UserError("No deployment of yours has an id starting with '" + given + "'");
            default ->
                throw new UserError("'" + given + "' matches " + matches.size() + " deployments; give more of the id");
        };
    }
}
