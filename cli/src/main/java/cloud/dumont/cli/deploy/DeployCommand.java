package cloud.dumont.cli.deploy;

import cloud.dumont.cli.CommandBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "deploy",
        description = "Deploy a template onto a rented GPU.",
        footer = {
            "",
            "Examples:",
            "  dumont deploy jupyter-lab --wait                       # cheapest compatible GPU",
            "  dumont deploy comfy-ui --gpu 'RTX 4090' --disk 80 --wait",
            "  dumont deploy vllm --offer 4711 --env HF_TOKEN=$HF_TOKEN --env MODEL_ID=Qwen/Qwen3-0.6B",
            "  dumont deploy jupyter-lab --strategy race --race-size 3 --wait",
            "  dumont deploy comfy-ui --gpu 'RTX 4090' --bid 0.25 --wait",
            "",
            "With --wait, progress is drawn on standard error (on a terminal) and the deployment, with its URL,",
            "is printed on standard output once the app answers. Exit code 1 if it fails or the wait times out."
        })
public final class DeployCommand extends CommandBase {

    @Parameters(paramLabel = "TEMPLATE", description = "An official slug (jupyter-lab) or a community template's id")
    String template;

    @Mixin
    DeployOptions options;

    @Override
    protected int execute() throws InterruptedException {
        return Deployer.deploy(root(), template, options);
    }
}
