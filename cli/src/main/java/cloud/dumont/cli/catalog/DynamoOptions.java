package cloud.dumont.cli.catalog;

import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.cli.UserError;
import cloud.dumont.sdk.DumontClient;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How to serve a model through NVIDIA Dynamo, the options {@code models manifest} and {@code k8s deploy} share: each
 * one unset takes the model's default, and the server checks the result against the operator's rules.
 */
public final class DynamoOptions {

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The deployment's name (default: from model and engine)")
    String name;

    @Option(
            names = {"-n", "--namespace"},
            paramLabel = "NAMESPACE",
            description = "Kubernetes namespace (default: default)")
    String namespace;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            description = "vllm, sglang or trtllm (default: the model's first)")
    String engine;

    @Option(names = "--mode", paramLabel = "MODE", description = "aggregated (default) or disaggregated")
    String mode;

    @Option(names = "--replicas", paramLabel = "N", description = "Workers of each kind, 1-10 (default 1)")
    Integer replicas;

    @Option(names = "--router", paramLabel = "MODE", description = "none (default), kv or round-robin")
    String router;

    @Option(
            names = "--hf-secret",
            paramLabel = "SECRET",
            description = "A Secret with key HF_TOKEN (gated models need one)")
    String hfSecret;

    @Option(
            names = "--prefix-caching",
            arity = "1",
            paramLabel = "on|off",
            description = "Turn prefix caching on or off (default: the engine's)")
    String prefixCaching;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--gpus", paramLabel = "N", description = "GPUs per worker, 1-8 (default 1)")
    Integer gpus;

    @Option(names = "--memory", paramLabel = "QUANTITY", description = "Memory limit per worker, e.g. 32Gi")
    String memory;

    /** The configuration these options name; null fields for the options not given. */
    public DynamoDeploymentConfig config() {
        Boolean prefix = prefixCaching == null
                ? null
                : switch (prefixCaching) {
                    case "on", "true" -> true;
                    case "off", "false" -> false;
                    default -> throw new UserError("--prefix-caching takes on or off");
                };
        DynamoDeploymentConfig e = engineOptions.config();
        return new DynamoDeploymentConfig(
                name,
                namespace,
                engine,
                mode,
                replicas,
                e.servedModelName(),
                router,
                hfSecret,
                e.contextLength(),
                e.enforceEager(),
                prefix,
                e.trustRemoteCode(),
                e.extraEngineArgs(),
                gpus,
                memory);
    }

    /** Prints the DynamoGraphDeployment the server makes of these options: always YAML, as kubectl reads it. */
    public void printManifest(DumontClient client, PrintWriter out, String model) {
        out.print(client.catalog().manifest(model, config()));
        out.flush();
    }
}
