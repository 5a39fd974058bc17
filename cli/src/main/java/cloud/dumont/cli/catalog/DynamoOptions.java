package cloud.dumont.cli.catalog;

import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.cli.UserError;
import cloud.dumont.sdk.DumontClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How to serve a model through NVIDIA Dynamo, the options {@code models manifest} and {@code k8s deploy} share: each
 * one unset takes the model's default, and the server checks the result against the operator's rules.
 */
public final class DynamoOptions {

    @Option(names = "--name", description = "The deployment's name (default: from model and engine)")
    String name;

    @Option(
            names = {"-n", "--namespace"},
            description = "Kubernetes namespace (default: default)")
    String namespace;

    @Option(names = "--engine", description = "vllm, sglang or trtllm (default: the model's first)")
    String engine;

    @Option(names = "--mode", description = "aggregated (default) or disaggregated")
    String mode;

    @Option(names = "--replicas", description = "Workers of each kind, 1-10 (default 1)")
    Integer replicas;

    @Option(names = "--router", paramLabel = "MODE", description = "none (default), kv or round-robin")
    String router;

    @Option(
            names = "--hf-secret",
            paramLabel = "SECRET",
            description = "A Secret with key HF_TOKEN (gated models need one)")
    String hfSecret;

    @Option(names = "--served-name", description = "The model name clients send (default: the model id)")
    String servedName;

    @Option(names = "--context-length", paramLabel = "TOKENS", description = "Maximum context")
    Integer contextLength;

    @Option(names = "--enforce-eager", description = "No CUDA graphs: starts faster, serves slower")
    Boolean enforceEager;

    @Option(
            names = "--prefix-caching",
            arity = "1",
            paramLabel = "on|off",
            description = "Turn prefix caching on or off (default: the engine's)")
    String prefixCaching;

    @Option(names = "--trust-remote-code", description = "Run the model repository's Python code")
    Boolean trustRemoteCode;

    @Option(names = "--gpus", description = "GPUs per worker, 1-8 (default 1)")
    Integer gpus;

    @Option(names = "--memory", description = "Memory limit per worker, e.g. 32Gi")
    String memory;

    @Option(
            names = {"--arg", "--engine-arg"},
            paramLabel = "ARG",
            description = "One more engine argument (repeatable, one token each): --arg=--max-num-seqs --arg=64")
    List<String> engineArgs = new ArrayList<>();

    /** The configuration these options name; null fields for the options not given. */
    public DynamoDeploymentConfig config() {
        Boolean prefix = prefixCaching == null
                ? null
                : switch (prefixCaching) {
                    case "on", "true" -> true;
                    case "off", "false" -> false;
                    default -> throw new UserError("--prefix-caching takes on or off");
                };
        return new DynamoDeploymentConfig(
                name,
                namespace,
                engine,
                mode,
                replicas,
                servedName,
                router,
                hfSecret,
                contextLength,
                enforceEager,
                prefix,
                trustRemoteCode,
                engineArgs.isEmpty() ? null : engineArgs,
                gpus,
                memory);
    }

    /** Prints the DynamoGraphDeployment the server makes of these options: always YAML, as kubectl reads it. */
    public void printManifest(DumontClient client, PrintWriter out, String model) {
        out.print(client.catalog().manifest(model, config()));
        out.flush();
    }
}
