package cloud.dumont.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Simulator set-ups the tests share. */
final class TestSims {

    static final Duration BOOT = Duration.ofSeconds(60);

    private TestSims() {}

    /** A simulator on a driven clock: every instance takes exactly {@link #BOOT} to run. */
    static SimulatorConfig manual(ManualClock clock) {
        return SimulatorConfig.defaults()
                .withClock(clock)
                .withBootTimes(BootTimes.fixed(BOOT))
                .withoutChurn()
                .withRateLimit(RateLimit.unlimited())
                .withRefreshInterval(Duration.ofMillis(50));
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
