package cloud.dumont.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Everything the simulator can be told at start. Build from {@link #defaults()} and the {@code
 * with...} methods; the record stays immutable, the {@link FailurePlan} handed out by the running
 * simulator is where rules change at run time.
 *
 * @param port API port on {@code bindAddress}; 0 picks a free one
 * @param bindAddress where the API listens (instance app ports always bind 127.0.0.1)
 * @param publicHost the address reported as {@code public_ipaddr} of offers and instances
 * @param seed drives the market, boot times and random failures
 * @param apiKey the one valid key; null derives one from the seed
 * @param offerCount offers listed at start
 * @param churnInterval simulated time between market churn steps; null or zero disables
 *     automatic churn ({@link VastSimulator#tickMarket()} still works)
 * @param churnFraction share of listed offers replaced at each churn step
 * @param bootTimes time from create to running
 * @param bootFailureRate probability that a new instance fails in one of the boot failure ways
 * @param rateLimit token bucket per key
 * @param defaultSearchFilters apply {@code verified=true, rentable=true, rented=false} when a
 *     search leaves them out (whether Vast.ai does so server-side is unconfirmed)
 * @param clock the simulator's time; a {@link ManualClock} lets tests drive it
 * @param refreshInterval how often (real time) clock-driven changes are applied, such as opening
 *     the ports of an instance that has just come up
 * @param apiLatency added to every API call
 * @param startingCredit account credit in dollars before any instance costs
 * @param agentHeartbeatInterval how often the agent of an instance launched with {@code DUMONT_AGENT_URL} and
 *     {@code DUMONT_AGENT_TOKEN} sends a heartbeat (real time)
 */
public record SimulatorConfig(
        int port,
        String bindAddress,
        String publicHost,
        long seed,
        String apiKey,
        int offerCount,
        Duration churnInterval,
        double churnFraction,
        BootTimes bootTimes,
        double bootFailureRate,
        RateLimit rateLimit,
        boolean defaultSearchFilters,
        Clock clock,
        Duration refreshInterval,
        Duration apiLatency,
        double startingCredit,
        Duration agentHeartbeatInterval) {

    public SimulatorConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (offerCount < 0 || churnFraction < 0 || churnFraction > 1) {
            throw new IllegalArgumentException("need offerCount >= 0 and churnFraction within [0, 1]");
        }
        if (bootFailureRate < 0 || bootFailureRate > 1) {
            throw new IllegalArgumentException("bootFailureRate must be within [0, 1]");
        }
        if (bootTimes == null || rateLimit == null || clock == null || bindAddress == null || publicHost == null) {
            throw new IllegalArgumentException("bootTimes, rateLimit, clock and addresses are required");
        }
        if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("refreshInterval must be positive");
        }
        apiLatency = apiLatency == null ? Duration.ZERO : apiLatency;
        agentHeartbeatInterval = agentHeartbeatInterval == null ? Duration.ofSeconds(30) : agentHeartbeatInterval;
    }

    /** A realistic market and realistic boot times on a free loopback port. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(
                0,
                "127.0.0.1",
                "127.0.0.1",
                42L,
                null,
                300,
                Duration.ofMinutes(1),
                0.02,
                BootTimes.realistic(),
                0.0,
                RateLimit.defaults(),
                false,
                Clock.systemUTC(),
                Duration.ofMillis(100),
                Duration.ZERO,
                100.0,
                Duration.ofSeconds(30));
    }

    public SimulatorConfig withPort(int value) {
        return copy(b -> b.port = value);
    }

    public SimulatorConfig withBindAddress(String value) {
        return copy(b -> b.bindAddress = value);
    }

    public SimulatorConfig withPublicHost(String value) {
        return copy(b -> b.publicHost = value);
    }

    public SimulatorConfig withSeed(long value) {
        return copy(b -> b.seed = value);
    }

    public SimulatorConfig withApiKey(String value) {
        return copy(b -> b.apiKey = value);
    }

    public SimulatorConfig withOfferCount(int value) {
        return copy(b -> b.offerCount = value);
    }

    public SimulatorConfig withChurn(Duration interval, double fraction) {
        return copy(b -> {
            b.churnInterval = interval;
            b.churnFraction = fraction;
        });
    }

    /** Offers change only through {@link VastSimulator#tickMarket()} and the other market hooks. */
    public SimulatorConfig withoutChurn() {
        return copy(b -> b.churnInterval = null);
    }

    public SimulatorConfig withBootTimes(BootTimes value) {
        return copy(b -> b.bootTimes = value);
    }

    public SimulatorConfig withBootFailureRate(double value) {
        return copy(b -> b.bootFailureRate = value);
    }

    public SimulatorConfig withRateLimit(RateLimit value) {
        return copy(b -> b.rateLimit = value);
    }

    public SimulatorConfig withDefaultSearchFilters(boolean value) {
        return copy(b -> b.defaultSearchFilters = value);
    }

    public SimulatorConfig withClock(Clock value) {
        return copy(b -> b.clock = value);
    }

    public SimulatorConfig withRefreshInterval(Duration value) {
        return copy(b -> b.refreshInterval = value);
    }

    public SimulatorConfig withApiLatency(Duration value) {
        return copy(b -> b.apiLatency = value);
    }

    public SimulatorConfig withAgentHeartbeatInterval(Duration value) {
        return copy(b -> b.agentHeartbeatInterval = value);
    }

    public SimulatorConfig withStartingCredit(double value) {
        return copy(b -> b.startingCredit = value);
    }

    private SimulatorConfig copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    public boolean churnEnabled() {
        return churnInterval != null && !churnInterval.isZero() && !churnInterval.isNegative();
    }

    /** The mutable twin the {@code with...} methods edit, so each of them stays one line. */
    private static final class Copy {
        int port;
        String bindAddress;
        String publicHost;
        long seed;
        String apiKey;
        int offerCount;
        Duration churnInterval;
        double churnFraction;
        BootTimes bootTimes;
        double bootFailureRate;
        RateLimit rateLimit;
        boolean defaultSearchFilters;
        Clock clock;
        Duration refreshInterval;
        Duration apiLatency;
        double startingCredit;
        Duration agentHeartbeatInterval;

        Copy(SimulatorConfig c) {
            port = c.port;
            bindAddress = c.bindAddress;
            publicHost = c.publicHost;
            seed = c.seed;
            apiKey = c.apiKey;
            offerCount = c.offerCount;
            churnInterval = c.churnInterval;
            churnFraction = c.churnFraction;
            bootTimes = c.bootTimes;
            bootFailureRate = c.bootFailureRate;
            rateLimit = c.rateLimit;
            defaultSearchFilters = c.defaultSearchFilters;
            clock = c.clock;
            refreshInterval = c.refreshInterval;
            apiLatency = c.apiLatency;
            startingCredit = c.startingCredit;
            agentHeartbeatInterval = c.agentHeartbeatInterval;
        }

        SimulatorConfig build() {
            return new SimulatorConfig(
                    port,
                    bindAddress,
                    publicHost,
                    seed,
                    apiKey,
                    offerCount,
                    churnInterval,
                    churnFraction,
                    bootTimes,
                    bootFailureRate,
                    rateLimit,
                    defaultSearchFilters,
                    clock,
                    refreshInterval,
                    apiLatency,
                    startingCredit,
                    agentHeartbeatInterval);
        }
    }
}
