package cloud.dumont.api.dynamo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Deploys a catalog model ({@code POST /api/v1/models/deploy}): onto Kubernetes through NVIDIA Dynamo, or onto
 * Vast.ai as a vLLM instance serving it.
 *
 * @param modelId the catalog model, e.g. {@code Qwen/Qwen3-0.6B}
 * @param target {@code kubernetes} (the default) or {@code vast}
 * @param cluster for kubernetes: the cluster's name; the default cluster when absent
 * @param config for kubernetes: the Dynamo configuration (every field optional, as in the manifest preview); for
 *     vast, its servedModelName, contextLength, enforceEager, trustRemoteCode and extraEngineArgs apply to vLLM
 * @param gpuName for vast: a GPU model to rent the best offer of
 * @param offerId for vast: an offer to rent
 * @param diskGb for vast: disk for the weights; from the model's size when absent
 * @param env for vast: extra environment, such as {@code HF_TOKEN} for a gated model; never returned
 */
public record ModelDeployRequest(
        @NotBlank @Size(max = 120) String modelId,
        @Pattern(regexp = "kubernetes|vast") String target,
        @Size(max = 63) String cluster,
        @Valid DynamoDeploymentConfig config,
        @Size(max = 64) String gpuName,
        @Positive Long offerId,
        @Min(10) @Max(2048) Integer diskGb,
        @Size(max = 32) Map<String, String> env) {}
