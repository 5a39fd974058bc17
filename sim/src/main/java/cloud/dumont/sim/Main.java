package cloud.dumont.sim;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own: {@code java -jar dumont-sim.jar --port 8081 [--seed N]
 * [--api-key KEY]}. Prints the base URL and key on stdout and serves until stopped (Ctrl-C).
 */
public final class Main {

    static final String USAGE =
            """
            usage: java -jar dumont-sim.jar [options]
              --port N             API port (default 8081; 0 picks a free port)
              --bind ADDRESS       address to listen on (default 127.0.0.1)
              --seed N             market, boot-time and failure seed (default 42)
              --api-key KEY        the accepted API key (default: derived from the seed)
              --offers N           offers on the market (default 300)
              --boot-median SECS   median boot time in seconds (default 35)
              --boot-sigma S       lognormal sigma of boot times (default 0.6)
              --failure-rate P     share of instances that fail to come up (default 0)
              --churn-every SECS   seconds between market churn steps, 0 for none (default 60)
              --rate-limit N/S     token bucket: burst N, refill S per second (default 60/30)
              --help               show this help""";

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (HelpRequested e) {
            System.out.println(USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("dumont-sim: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        VastSimulator simulator = VastSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        announce(simulator, System.out);
        stopped.await();
    }

    static void announce(VastSimulator simulator, PrintStream out) {
        out.println("Dumont Vast.ai simulator listening on " + simulator.baseUrl());
        out.println("API key: " + simulator.apiKey());
        out.println("Use it with: VAST_URL=" + simulator.baseUrl() + " VAST_API_KEY=" + simulator.apiKey());
        out.flush();
    }

    static SimulatorConfig parse(String[] args) {
        SimulatorConfig config = SimulatorConfig.defaults().withPort(8081);
        double bootMedian = 35;
        double bootSigma = 0.6;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new HelpRequested();
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> config = config.withPort(integer(flag, value));
                case "--bind" -> config = config.withBindAddress(value);
                case "--seed" -> config = config.withSeed(Long.parseLong(value));
                case "--api-key" -> config = config.withApiKey(value);
                case "--offers" -> config = config.withOfferCount(integer(flag, value));
                case "--boot-median" -> bootMedian = decimal(flag, value);
                case "--boot-sigma" -> bootSigma = decimal(flag, value);
                case "--failure-rate" -> config = config.withBootFailureRate(decimal(flag, value));
                case "--churn-every" ->
                    config = config.withChurn(
                            Duration.ofMillis(Math.round(decimal(flag, value) * 1000)), config.churnFraction());
                case "--rate-limit" -> config = config.withRateLimit(rateLimit(value));
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        Duration median = Duration.ofMillis(Math.round(bootMedian * 1000));
        return config.withBootTimes(BootTimes.logNormal(
                median, bootSigma, min(median.dividedBy(4), Duration.ofSeconds(10)), median.multipliedBy(20)));
    }

    private static Duration min(Duration a, Duration b) {
        Duration smaller = a.compareTo(b) <= 0 ? a : b;
        return smaller.isZero() ? Duration.ofMillis(1) : smaller;
    }

    private static RateLimit rateLimit(String value) {
        String[] parts = value.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--rate-limit takes BURST/PER_SECOND, e.g. 60/30");
        }
        return RateLimit.of(integer("--rate-limit", parts[0]), decimal("--rate-limit", parts[1]));
    }

    private static int integer(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, not " + value);
        }
    }

    private static double decimal(String flag, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, not " + value);
        }
    }

    private static final class HelpRequested extends IllegalArgumentException {}
}
