package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.deployment.internal.OfferConstraints;
import cloud.dumont.deployment.internal.OfferPicker;
import cloud.dumont.deployment.internal.OfferRegion;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.sim.BootFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The user's offer constraints against the in-process simulator's market, with the loop switched off and one manual
 * clock (as in {@link DeploymentEngineIntegrationTest}): searches send them to the simulator, and a deployment keeps
 * them for every host it rents, not just the first.
 */
class OfferConstraintsIntegrationTest extends DrivenEngineTest {

    @Autowired
    OfferPicker picker;

    @Autowired
    GpuCloud cloud;

    @Autowired
    TemplateCatalog templates;

    @Test
    void aRegionSearchFindsOnlyThatRegionsHostsAndTheMarketHasHostsOutsideIt() {
        List<CloudOffer> anywhere = compatible(OfferConstraints.NONE);
        List<CloudOffer> europe = compatible(new OfferConstraints(null, OfferRegion.europe, true));

        assertThat(europe).isNotEmpty();
        assertThat(europe).allSatisfy(o -> assertThat(OfferRegion.europe.contains(o.countryCode()))
                .as(o.location())
                .isTrue());
        assertThat(anywhere).anySatisfy(o -> assertThat(OfferRegion.europe.contains(o.countryCode()))
                .as(o.location())
                .isFalse());
    }

    @Test
    void verifiedOnlyIsTheDefaultAndTurningItOffLetsUnverifiedHostsIn() {
        assertThat(compatible(OfferConstraints.NONE)).isNotEmpty().allMatch(CloudOffer::verified);

        List<CloudOffer> any = compatible(new OfferConstraints(null, null, false));

        assertThat(any).anyMatch(o -> !o.verified()).anyMatch(CloudOffer::verified);
    }

    @Test
    void roundRobinInEuropeMovesOnOnlyToEuropeanHosts() {
        sim.failures().onNextInstances(1, BootFailure.exits()).onNextInstances(1, BootFailure.ociError());
        DeploymentResponse d = deploy(ProvisioningStrategy.roundrobin, "europe", null);
        assertThat(d.constraints().region()).isEqualTo("europe");
        assertThat(d.constraints().verifiedOnly()).isTrue();

        runFor(Duration.ofMinutes(3));

        DeploymentResponse running = deployments.get(user, d.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.attempts()).extracting(InstanceAttempt::outcome).containsExactly("dead", "dead", "ready");
        assertThat(running.attempts())
                .allSatisfy(
                        a -> assertThat(european(a.location())).as(a.location()).isTrue());
    }

    @Test
    void everyRacerOfARaceMeetsThePriceAndRegion() {
        double cap = compatible(new OfferConstraints(null, OfferRegion.north_america, true)).stream()
                .mapToDouble(CloudOffer::pricePerHour)
                .sorted()
                .skip(5)
                .findFirst()
                .orElseThrow();
        DeploymentResponse d = deploy(ProvisioningStrategy.race, "north_america", cap);

        runFor(Duration.ofSeconds(20));

        List<InstanceAttempt> racers = deployments.get(user, d.id()).attempts();
        assertThat(racers).hasSizeGreaterThanOrEqualTo(2);
        assertThat(racers).allSatisfy(a -> {
            assertThat(OfferRegion.north_america.contains(CloudOffer.countryCodeOf(a.location())))
                    .as(a.location())
                    .isTrue();
            assertThat(a.pricePerHour()).isLessThanOrEqualTo(cap);
        });
    }

    @Test
    void aPickedOfferOutsideTheRegionIsRefusedAndNothingIsStored() {
        CloudOffer american = compatible(new OfferConstraints(null, OfferRegion.north_america, true))
                .getFirst();
        int before = deployments.list(user).size();

        assertThatThrownBy(() -> deployments.deploy(
                        user,
                        "jupyter-lab",
                        new DeployRequest(american.id(), null, null, Map.of(), null, null, null, null, "europe", null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                    assertThat(e.getBody().getDetail()).contains("outside Europe");
                });
        assertThat(deployments.list(user)).hasSize(before);
    }

    private List<CloudOffer> compatible(OfferConstraints constraints) {
        TemplateLaunchSpec spec = templates.deployable("jupyter-lab").spec();
        return picker.compatible(cloud, spec, spec.diskGb(), null, constraints, 200);
    }

    private static boolean european(String location) {
        return OfferRegion.europe.contains(CloudOffer.countryCodeOf(location));
    }

    private DeploymentResponse deploy(ProvisioningStrategy strategy, String region, Double maxPrice) {
        return deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, strategy, null, maxPrice, region, null));
    }
}
