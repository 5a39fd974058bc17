package cloud.dumont.cli.deploy;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --wait} and its {@code --timeout}, for every command that starts a deployment. */
public final class WaitOptions {

    @Option(names = "--wait", description = "Follow the deployment until its app answers (or it fails)")
    boolean await;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "15m",
            converter = DurationConverter.class,
            description = "How long --wait waits, e.g. 90s, 15m (default ${DEFAULT-VALUE})")
    Duration timeout;
}
