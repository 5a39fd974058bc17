package cloud.dumont.cli.catalog;

import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.cli.CommandBase;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "manifest",
        description = {
            "Print the NVIDIA Dynamo DynamoGraphDeployment (YAML) that serves a model on Kubernetes.",
            "The server checks it against the operator's rules and the CRD's schema; unset options take",
            "the model's defaults. Always YAML, whatever -o says: it is what kubectl reads."
        },
        footer = {
            "",
            "Examples:",
            "  dumont models manifest Qwen/Qwen3-0.6B",
            "  dumont models manifest Qwen/Qwen3-0.6B --engine sglang --mode disaggregated --router kv",
            "  dumont models manifest meta-llama/Llama-3.2-1B-Instruct --hf-secret hf-token-secret \\",
            "      --namespace llm | kubectl apply -f -"
        })
final class ManifestCommand extends CommandBase {

    @Parameters(paramLabel = "MODEL", description = "The model's id, e.g. Qwen/Qwen3-0.6B")
    String model;

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
            names = "--engine-arg",
            paramLabel = "ARG",
            description = "One more engine argument (repeatable, one token each): --engine-arg=--max-num-seqs"
                    + " --engine-arg=64")
    List<String> engineArgs = new ArrayList<>();

    @Override
    protected int execute() {
        Boolean prefix = prefixCaching == null
                ? null
                : switch (prefixCaching) {
                    case "on", "true" -> true;
                    case "off", "false" -> false;
                    default -> throw new cloud.dumont.cli.UserError("--prefix-caching takes on or off");
                };
        DynamoDeploymentConfig config = new DynamoDeploymentConfig(
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
        environment().out().print(client().catalog().manifest(model, config));
        environment().out().flush();
        return 0;
    }
}
