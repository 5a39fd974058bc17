package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeployRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code deploy} and {@code launch} share. */
final class DeployOptions {

    @Mixin
    RentOptions rent;

    @Option(names = "--version", paramLabel = "VERSION", description = "Run this version instead of the latest")
    String version;

    @Mixin
    WaitOptions wait;

    DeployRequest request() {
        return new DeployRequest(rent.offer(), rent.gpu(), rent.disk(), rent.env(), version);
    }
}
