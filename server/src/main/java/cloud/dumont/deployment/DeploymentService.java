package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.PodResponse;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.GraphOperations;
import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.identity.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What other features may ask of the deployment engine: deploy, list, look up, destroy, note. */
@Service
public class DeploymentService {

    private final Deployments deployments;
    private final GraphOperations graphs;
    private final HibernationCommands hibernation;

    DeploymentService(Deployments deployments, GraphOperations graphs, HibernationCommands hibernation) {
        this.hibernation = hibernation;
        this.deployments = deployments;
        this.graphs = graphs;
    }

    /** Deploys a template version as given (a model served by the vLLM template with its own arguments). */
    public DeploymentResponse deploy(
            CurrentUser user, DeployableTemplate template, DeployRequest request, String modelId) {
        return deployments.deploy(user, template, request, modelId);
    }

    /** Deploys a DynamoGraphDeployment onto a Kubernetes cluster. */
    public DeploymentResponse deploy(CurrentUser user, GraphOrder order) {
        return deployments.deploy(user, order);
    }

    public List<DeploymentResponse> list(CurrentUser user) {
        return deployments.list(user);
    }

    public DeploymentResponse get(CurrentUser user, UUID id) {
        return deployments.get(user, id);
    }

    public DeploymentResponse destroy(CurrentUser user, UUID id) {
        return deployments.destroy(user, id);
    }

    /**
     * Adds an information event to the deployment, shown in its event list and stream (for example, a budget notice).
     *
     * @return false when there is no such deployment, or it kept changing under the note
     */
    public boolean note(UUID id, String message) {
        return deployments.note(id, message);
    }

    /**
     * Hibernates every running Vast.ai deployment of a user (their GPUs stop being billed, their disks are kept), for
     * the reason given in each timeline.
     *
     * @return how many began hibernating
     */
    public int hibernateAll(UUID ownerId, String reason) {
        return hibernation.hibernateAll(ownerId, reason);
    }

    public List<PodResponse> pods(CurrentUser user, UUID id) {
        return graphs.pods(user, id);
    }
}
