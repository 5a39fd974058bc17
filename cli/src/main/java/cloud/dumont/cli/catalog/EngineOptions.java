package cloud.dumont.cli.catalog;

import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The engine's own settings, which apply wherever a model is served: in a Dynamo worker on Kubernetes and in the vLLM
 * server on Vast.ai ({@code models deploy}).
 */
final class EngineOptions {

    @Option(
            names = "--served-name",
            paramLabel = "NAME",
            description = "The model name clients send (default: the model id)")
    String servedName;

    @Option(names = "--context-length", paramLabel = "TOKENS", description = "Maximum context")
    Integer contextLength;

    @Option(names = "--enforce-eager", description = "No CUDA graphs: starts faster, serves slower")
    Boolean enforceEager;

    @Option(names = "--trust-remote-code", description = "Run the model repository's Python code")
    Boolean trustRemoteCode;

    @Option(
            names = {"--arg", "--engine-arg"},
            paramLabel = "ARG",
            description = "One more engine argument (repeatable, one token each): --arg=--max-num-seqs --arg=64")
    List<String> engineArgs = new ArrayList<>();

    /** A configuration with these settings only; the other fields are null. */
    DynamoDeploymentConfig config() {
        return new DynamoDeploymentConfig(
                null,
                null,
                null,
                null,
                null,
                servedName,
                null,
                null,
                contextLength,
                enforceEager,
                null,
                trustRemoteCode,
                engineArgs.isEmpty() ? null : engineArgs,
                null,
                null);
    }
}
