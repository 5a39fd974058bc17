package cloud.dumont.provider.vast;

import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.SimulatedMarketHistory;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.Offer;
import cloud.dumont.sim.RateLimit;
import cloud.dumont.sim.SimulatorConfig;
import cloud.dumont.sim.VastSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link GpuCloud} bean: Vast.ai when {@code VAST_API_KEY} is set, otherwise Dumont's Vast.ai simulator started
 * in-process on a free loopback port, with the same adapter talking HTTP to it. The simulator is a bean of its own in
 * that case, so tests and benchmarks can drive it; it closes after the adapter on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VastProperties.class)
class VastConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VastConfiguration.class);

    @Bean
    @Conditional(VastKeyCondition.Given.class)
    GpuCloud vastGpuCloud(VastProperties properties, MeterRegistry meters) {
        log.info("GPU cloud: Vast.ai at {}", properties.baseUrl());
        return new VastGpuCloud(properties, meters, false);
    }

    @Bean
    @Conditional(VastKeyCondition.Missing.class)
    VastSimulator vastSimulator(VastProperties properties, ObjectProvider<Clock> clock) {
        VastProperties.Simulator settings = properties.simulator();
        // The application's clock, so a test that drives the server's time drives the simulated boots with it.
        VastSimulator simulator = VastSimulator.start(SimulatorConfig.defaults()
                .withClock(clock.getIfAvailable(Clock::systemUTC))
                .withSeed(settings.seed())
                .withBootTimes(BootTimes.uniform(settings.bootTimeMin(), settings.bootTimeMax()))
                .withBootFailureRate(settings.failureRate())
                .withRateLimit(settings.rateLimited() ? RateLimit.defaults() : RateLimit.unlimited()));
        log.info(
                "GPU cloud: simulated, because VAST_API_KEY is not set; Vast.ai simulator at {} (seed {}, boots in {}"
                        + " to {} s)",
                simulator.baseUrl(),
                settings.seed(),
                settings.bootTimeMin().toMillis() / 1000.0,
                settings.bootTimeMax().toMillis() / 1000.0);
        return simulator;
    }

    /** The simulator's price model for a simulated market history; verified hosts only, as every search asks. */
    @Bean
    @Conditional(VastKeyCondition.Missing.class)
    SimulatedMarketHistory simulatedMarketHistory(VastSimulator simulator) {
        return at -> simulator.offersPricedAt(at).stream()
                .filter(Offer::verified)
                .map(o -> new CloudOffer(
                        o.id(),
                        o.machineId(),
                        o.gpuName(),
                        o.numGpus(),
                        o.gpuRamMb(),
                        o.dphBase(),
                        o.reliability(),
                        o.geolocation(),
                        o.inetDown(),
                        o.cudaMaxGood(),
                        o.verified(),
                        o.diskSpaceGb(),
                        o.minBid()))
                .toList();
    }

    @Bean
    @Conditional(VastKeyCondition.Missing.class)
    GpuCloud simulatedGpuCloud(VastProperties properties, VastSimulator simulator, MeterRegistry meters) {
        return new VastGpuCloud(properties.at(simulator.baseUrl(), simulator.apiKey()), meters, true);
    }
}
