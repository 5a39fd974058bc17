package cloud.dumont.cli.catalog;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.dynamo.ModelDeployRequest;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.deploy.Deployer;
import cloud.dumont.cli.deploy.RentOptions;
import cloud.dumont.cli.deploy.WaitOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "deploy",
        description = {
            "Deploy a catalog model onto a rented Vast.ai GPU: the official vLLM",
            "template serving the model. Without --gpu or --offer, the cheapest",
            "reliable GPU that holds it. On Kubernetes (Dynamo): 'dumont k8s deploy'."
        },
        footer = {
            "",
            "Examples:",
            "  dumont models deploy Qwen/Qwen3-0.6B --wait",
            "  dumont models deploy deepseek-ai/DeepSeek-R1-Distill-Llama-8B \\",
            "      --gpu 'RTX 4090' --context-length 8192",
            "  dumont models deploy meta-llama/Llama-3.2-1B-Instruct \\",
            "      --env HF_TOKEN=$HF_TOKEN --wait",
            "",
            "With --wait, progress is drawn on standard error (on a terminal) and the",
            "deployment, with its URL, is printed on standard output when vLLM answers.",
            "Exit code 1 if it fails or the wait times out."
        })
final class ModelDeployCommand extends CommandBase {

    @Parameters(paramLabel = "MODEL", description = "The catalog model's id, e.g. Qwen/Qwen3-0.6B")
    String model;

    @Mixin
    RentOptions rent;

    @Mixin
    EngineOptions engine;

    @Mixin
    WaitOptions wait;

    @Override
    protected int execute() throws InterruptedException {
        DeploymentResponse created = client().deployments()
                .deployModel(new ModelDeployRequest(
                        model, "vast", null, engine.config(), rent.gpu(), rent.offer(), rent.disk(), rent.env()));
        return Deployer.follow(root(), created, wait);
    }
}
