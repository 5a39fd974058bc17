package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeployRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code deploy} and {@code launch} share. */
final class DeployOptions {

    static final class Target {
        @Option(names = "--gpu", paramLabel = "NAME", description = "Rent the best compatible offer of this GPU model")
        String gpu;

        @Option(names = "--offer", paramLabel = "ID", description = "Rent this offer (from 'dumont offers')")
        Long offer;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target = new Target();

    @Option(names = "--disk", paramLabel = "GB", description = "Disk to allocate (default: the template's)")
    Integer disk;

    @Option(
            names = "--env",
            paramLabel = "KEY=VALUE",
            description = "Environment for the container, e.g. HF_TOKEN=hf_...; repeatable")
    Map<String, String> env = new LinkedHashMap<>();

    @Option(names = "--version", paramLabel = "VERSION", description = "Run this version instead of the latest")
    String version;

    @Mixin
    WaitOptions wait;

    DeployRequest request() {
        return new DeployRequest(target.offer, target.gpu, disk, env.isEmpty() ? null : env, version);
    }
}
