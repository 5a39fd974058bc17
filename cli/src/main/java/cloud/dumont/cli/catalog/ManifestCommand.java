package cloud.dumont.cli.catalog;

import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "      --namespace llm | kubectl apply -f -",
            "  dumont k8s deploy Qwen/Qwen3-0.6B --wait   # let Dumont create and follow it"
        })
final class ManifestCommand extends CommandBase {

    @Parameters(paramLabel = "MODEL", description = "The model's id, e.g. Qwen/Qwen3-0.6B")
    String model;

    @Mixin
    DynamoOptions dynamo;

    @Override
    protected int execute() {
        dynamo.printManifest(client(), environment().out(), model);
        return 0;
    }
}
