package cloud.dumont.api.dynamo;

import java.util.List;

/**
 * How to serve a catalog model on Kubernetes through NVIDIA Dynamo; every field is optional and takes a default that
 * suits the model (the preview shows what they became).
 *
 * @param name the DynamoGraphDeployment's name (a Kubernetes name, short enough for the operator's 45-character
 *     rule with the engine's service names); generated from the model and engine when absent
 * @param namespace the Kubernetes namespace; {@code default} when absent
 * @param engine {@code vllm}, {@code sglang} or {@code trtllm}, one the model supports; its first when absent
 * @param mode {@code aggregated} (one worker kind) or {@code disaggregated} (prefill and decode workers)
 * @param replicas workers of each kind, 1 to 10
 * @param servedModelName the name clients put in requests; the model id when absent
 * @param routerMode {@code none} (the frontend's default), {@code kv} (KV-cache aware; workers publish KV events) or
 *     {@code round-robin}
 * @param hfTokenSecret a Secret in the namespace with key {@code HF_TOKEN}; needed for gated models
 * @param contextLength the maximum context, in tokens
 * @param enforceEager disable CUDA graphs (faster start, slower serving)
 * @param prefixCaching null keeps the engine's default (on); false turns it off
 * @param extraEngineArgs more engine flags, one token per item ({@code --max-num-seqs}, {@code 64})
 * @param gpusPerReplica GPUs per worker (tensor parallelism), 1 to 8
 * @param memory a memory limit per worker, as a Kubernetes quantity ({@code 32Gi})
 */
public record DynamoDeploymentConfig(
        String name,
        String namespace,
        String engine,
        String mode,
        Integer replicas,
        String servedModelName,
        String routerMode,
        String hfTokenSecret,
        Integer contextLength,
        Boolean enforceEager,
        Boolean prefixCaching,
        Boolean trustRemoteCode,
        List<String> extraEngineArgs,
        Integer gpusPerReplica,
        String memory) {}
