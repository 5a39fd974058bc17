package cloud.dumont.dynamo;

import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.api.dynamo.ModelDeployRequest;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.ModelCatalog;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.deployment.DeploymentService;
import cloud.dumont.identity.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Deploys a catalog model onto either target, so one catalog entry runs wherever the user has GPUs: on Kubernetes as
 * a DynamoGraphDeployment, or on Vast.ai as the official vLLM template started with the model's own arguments.
 */
@Service
public class ModelDeployments {

    /** The official template that serves a catalog model on Vast.ai. */
    static final String VLLM_TEMPLATE = "vllm";

    /** vLLM's default context on a single GPU; a model's full context may not fit in its minimum VRAM. */
    private static final int VAST_DEFAULT_CONTEXT = 16384;

    private final DynamoManifestService manifests;
    private final ModelCatalog models;
    private final TemplateCatalog templates;
    private final DeploymentService deployments;

    ModelDeployments(
            DynamoManifestService manifests,
            ModelCatalog models,
            TemplateCatalog templates,
            DeploymentService deployments) {
        this.manifests = manifests;
        this.models = models;
        this.templates = templates;
        this.deployments = deployments;
    }

    public DeploymentResponse deploy(CurrentUser user, ModelDeployRequest request) {
        if ("vast".equals(request.target())) {
            return onVast(user, request);
        }
        return deployments.deploy(user, manifests.order(request.modelId(), request.config(), request.cluster()));
    }

    private DeploymentResponse onVast(CurrentUser user, ModelDeployRequest request) {
        ModelResponse model = models.get(request.modelId());
        DeployableTemplate vllm = templates.deployable(VLLM_TEMPLATE, null, user.id(), user.admin());
        TemplateLaunchSpec base = vllm.spec();
        int minVram = model.minGpuMemoryGb();
        // Headroom for the KV cache: half again the weights' need, as the catalog's minimum covers the weights.
        int recommendedVram = Math.max(minVram, (int) Math.ceil(minVram * 1.5));
        TemplateLaunchSpec spec = new TemplateLaunchSpec(
                base.dockerImage(),
                base.launchMode(),
                vllmArgs(model, request.config()),
                base.launchCommand(),
                base.ports(),
                base.volumes(),
                base.envVars(),
                minVram,
                recommendedVram,
                base.cudaVersion(),
                diskGb(model),
                base.appAuth());
        DeployableTemplate forModel =
                new DeployableTemplate(vllm.id(), vllm.slug(), "vLLM: " + model.name(), vllm.version(), spec);
        return deployments.deploy(
                user,
                forModel,
                new DeployRequest(request.offerId(), request.gpuName(), request.diskGb(), request.env(), null),
                model.id());
    }

    /** The vLLM server's arguments for the model: what the vLLM template runs, with this model and settings. */
    static List<String> vllmArgs(ModelResponse model, DynamoDeploymentConfig config) {
        List<String> args = new ArrayList<>(List.of("--model", model.id(), "--host", "0.0.0.0", "--port", "8000"));
        if (config != null
                && config.servedModelName() != null
                && !config.servedModelName().isBlank()) {
            args.addAll(List.of("--served-model-name", config.servedModelName().trim()));
        }
        Integer context = config != null && config.contextLength() != null
                ? config.contextLength()
                : model.contextLength() == null ? null : Math.min(model.contextLength(), VAST_DEFAULT_CONTEXT);
        if (context != null) {
            args.addAll(List.of("--max-model-len", context.toString()));
        }
        if (config != null && Boolean.TRUE.equals(config.enforceEager())) {
            args.add("--enforce-eager");
        }
        if (config != null && Boolean.TRUE.equals(config.trustRemoteCode())) {
            args.add("--trust-remote-code");
        }
        if (config != null && config.extraEngineArgs() != null) {
            args.addAll(config.extraEngineArgs());
        }
        return args;
    }

    /** Room for the weights in fp16 (two bytes a parameter), the image and the cache, and never under 40 GB. */
    static int diskGb(ModelResponse model) {
        long weightsGb = model.parameters() == null ? 16 : (model.parameters() * 2) / 1_000_000_000L;
        return (int) Math.max(40, weightsGb * 2 + 30);
    }
}
