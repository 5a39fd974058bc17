package cloud.dumont.cli.deploy;

import cloud.dumont.cli.CommandBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "launch",
        description = "Deploy a marketplace template by reference: marketplace:<id or slug>, or an official slug.",
        footer = {
            "",
            "Examples:",
            "  dumont launch marketplace:3f6c1c2e-8d1b-4b8e-9a4e-2f1d0c9b7a61 --wait",
            "  dumont launch marketplace:comfy-ui --gpu 'RTX 3090' --wait",
            "",
            "Find ids with 'dumont marketplace search <words>'."
        })
public final class LaunchCommand extends CommandBase {

    private static final String PREFIX = "marketplace:";

    @Parameters(paramLabel = "REFERENCE", description = "marketplace:<template id>, or an official slug")
    String reference;

    @Mixin
    DeployOptions options;

    @Override
    protected int execute() throws InterruptedException {
        String template = reference.startsWith(PREFIX) ? reference.substring(PREFIX.length()) : reference;
        if (template.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "REFERENCE needs a template after 'marketplace:'");
        }
        return Deployer.deploy(root(), template, options);
    }
}
