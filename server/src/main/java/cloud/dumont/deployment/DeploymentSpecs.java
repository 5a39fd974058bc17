package cloud.dumont.deployment;

import cloud.dumont.deployment.internal.DeploymentEntity;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.identity.CurrentUser;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The launch spec a running or past deployment used, as other features may read it. */
@Service
public class DeploymentSpecs {

    private final Deployments deployments;

    DeploymentSpecs(Deployments deployments) {
        this.deployments = deployments;
    }

    /** The caller's deployment (any, for an admin); 404 problem otherwise. */
    public DeployedSpec of(CurrentUser user, UUID deploymentId) {
        DeploymentEntity d = deployments.visible(user, deploymentId);
        Set<String> extra = new TreeSet<>(d.getExtraEnv().keySet());
        return new DeployedSpec(
                d.getId(), d.getTemplateId(), d.getTemplateName(), d.getTemplateVersion(), d.getLaunchSpec(), extra);
    }
}
