package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.deployment.internal.WarmPools;
import cloud.dumont.identity.CurrentUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Idle warm-pool members hibernate while they wait (storage instead of GPU hours), and a Serverless deploy that takes
 * one wakes it. Its own context: pool members hibernate here, unlike in the other engine tests.
 */
@TestPropertySource(properties = "dumont.hibernation.pool-members=true")
class WarmPoolHibernationIntegrationTest extends DrivenEngineTest {

    @Autowired
    WarmPools warmPools;

    @Test
    void anIdleMemberHibernatesAndADeployThatTakesItWakesTheSameInstance() {
        CurrentUser admin = newUser(true);
        CurrentUser user = newUser(false);
        warmPools.configure(admin, "jupyter-lab", 1);
        runFor(Duration.ofSeconds(40));
        DeploymentResponse member = deployments.list(admin).stream()
                .filter(DeploymentResponse::warmPool)
                .findFirst()
                .orElseThrow();
        assertThat(member.status()).isEqualTo(DeploymentStatus.running);

        runFor(Duration.ofMinutes(4)); // nobody works in a pool member: GPU at 0 %, no kernel
        DeploymentResponse stopped = deployments.get(admin, member.id());
        assertThat(stopped.status()).isEqualTo(DeploymentStatus.hibernated);
        warmPools.refillAll();
        assertThat(warmPools.list(admin)).singleElement().satisfies(pool -> assertThat(pool.idle())
                .as("a stopped member still counts")
                .isEqualTo(1));
        assertThat(deployments.list(admin).stream().filter(DeploymentResponse::warmPool))
                .as("no extra member ordered")
                .hasSize(1);

        DeploymentResponse taken = deployments.deploy(
                user,
                "jupyter-lab",
                new DeployRequest(null, null, null, Map.of(), null, ProvisioningStrategy.serverless));
        assertThat(taken.id()).isEqualTo(member.id());
        assertThat(taken.status()).isEqualTo(DeploymentStatus.waking);
        runFor(Duration.ofSeconds(40));

        DeploymentResponse running = deployments.get(user, member.id());
        assertThat(running.status()).isEqualTo(DeploymentStatus.running);
        assertThat(running.instanceId()).isEqualTo(member.instanceId());
        deployments.destroy(user, member.id());
        warmPools.configure(admin, "jupyter-lab", 0);
        runFor(Duration.ofSeconds(5));
    }
}
