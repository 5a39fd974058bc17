package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options {@code deploy} and {@code launch} share. */
final class DeployOptions {

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Mixin
    RentOptions rent;

    @Option(names = "--version", paramLabel = "VERSION", description = "Run this version instead of the latest")
    String version;

    @Option(
            names = "--strategy",
            paramLabel = "STRATEGY",
            description = "How to get a working host: coldstart (one offer; a dead host fails"
                    + " the deployment), roundrobin (on a dead host, the next offer on another"
                    + " machine; the default), race (several hosts at once, the first healthy"
                    + " one wins, the others are destroyed) or serverless (a running instance"
                    + " from the template's warm pool, else roundrobin). With --offer the"
                    + " default is coldstart")
    ProvisioningStrategy strategy;

    @Option(
            names = "--race-size",
            paramLabel = "N",
            description = "With --strategy race: how many hosts race, 2 to 5 (default 3)")
    Integer raceSize;

    @Option(
            names = "--bid",
            paramLabel = "USD_PER_HOUR",
            description = "Rent an interruptible GPU at this bid in $/h (disk billed on top): cheaper, but"
                    + " stopped when someone bids more, after which Dumont rents another GPU at the same bid."
                    + " 'dumont market history <gpu>' suggests a bid and its outbid risk")
    Double bid;

    @Mixin
    WaitOptions wait;

    DeployRequest request() {
        if (raceSize != null && strategy != ProvisioningStrategy.race) {
            throw new CommandLine.ParameterException(command.commandLine(), "--race-size needs --strategy race");
        }
        if (raceSize != null && (raceSize < 2 || raceSize > 5)) {
            throw new CommandLine.ParameterException(
                    command.commandLine(), "--race-size must be 2 to 5, not " + raceSize);
        }
        if (bid != null && (bid < 0.001 || bid > 128)) {
            throw new CommandLine.ParameterException(
                    command.commandLine(), "--bid must be between 0.001 and 128 $/h, not " + bid);
        }
        return new DeployRequest(rent.offer(), rent.gpu(), rent.disk(), rent.env(), version, strategy, raceSize, bid);
    }
}
