package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.deployment.internal.OfferConstraints;
import cloud.dumont.deployment.internal.OfferPicker;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With a price spread set (10 % here; off by default), a Race only races offers within it of its first racer, so the GPU it keeps costs
 * about what Coldstart's would whichever racer boots first. Its own context: the test reshapes the simulated market.
 */
@TestPropertySource(properties = "dumont.deployments.race-price-spread=0.1")
class RacePriceCeilingIntegrationTest extends DrivenEngineTest {

    @Autowired
    GpuCloud cloud;

    @Autowired
    OfferPicker picker;

    @Autowired
    TemplateCatalog templates;

    @Test
    void racersCostingMoreThanTheSpreadAboveTheFirstAreNotRaced() {
        List<CloudOffer> ranked = picker.compatible(
                cloud, templates.deployable("jupyter-lab").spec(), 20, null, OfferConstraints.NONE, 200);
        CloudOffer first = ranked.getFirst();
        // Keep the best offer, two within 10 % of it, and everything priced 50 % above it or more.
        List<CloudOffer> near = ranked.stream()
                .skip(1)
                .filter(o -> o.pricePerHour() <= first.pricePerHour() * 1.1)
                .limit(2)
                .toList();
        Set<Long> keep = java.util.stream.Stream.concat(java.util.stream.Stream.of(first), near.stream())
                .map(CloudOffer::id)
                .collect(Collectors.toSet());
        int withdrawn = sim.withdrawOffers(o -> !keep.contains(o.id())
                && o.dphBase() < first.pricePerHour() * 1.5
                && o.gpuRamMb()
                        >= CloudOffer.minReportedVramMb(
                                templates.deployable("jupyter-lab").spec().gpuMinVram()));
        assertThat(withdrawn).isPositive();

        DeploymentResponse d = deployments.deploy(
                user, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.race, 5));
        runFor(Duration.ofSeconds(60));

        DeploymentResponse running = deployments.get(user, d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        List<InstanceAttempt> racers = running.attempts();
        // Without the ceiling a race of five takes two offers 50 % dearer; the market's churn may list a cheap one.
        assertThat(racers).hasSizeGreaterThanOrEqualTo(1 + near.size());
        assertThat(racers)
                .allSatisfy(a -> assertThat(a.pricePerHour()).isLessThanOrEqualTo(first.pricePerHour() * 1.1 + 1e-9));
        deployments.destroy(user, d.id());
        runFor(Duration.ofSeconds(2));
    }
}
