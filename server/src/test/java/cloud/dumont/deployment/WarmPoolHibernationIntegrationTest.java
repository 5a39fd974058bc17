package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.ReconcileLoop;
import cloud.dumont.deployment.internal.WarmPools;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.sim.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Idle warm-pool members hibernate while they wait (storage instead of GPU hours), and a Serverless deploy that takes
 * one wakes it. Its own context: pool members hibernate here, unlike in the other engine tests.
 */
@SpringBootTest(
        properties = {
            "dumont.deployments.loop-enabled=false",
            "dumont.deployments.deploy-wait=0s",
            "dumont.vast.simulator.boot-time-min=30s",
            "dumont.vast.simulator.boot-time-max=30s",
            "dumont.vast.retry.base-delay=1ms",
            "dumont.vast.simulator.rate-limited=false",
            "dumont.hibernation.pool-members=true"
        })
@ActiveProfiles("test")
@Import(DrivenClockConfiguration.class)
class WarmPoolHibernationIntegrationTest {

    @Autowired
    Deployments deployments;

    @Autowired
    WarmPools warmPools;

    @Autowired
    ReconcileLoop loop;

    @Autowired
    ManualClock clock;

    @Autowired
    JdbcTemplate jdbc;

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

    private CurrentUser newUser(boolean admin) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into users (id, email, password_hash, display_name, role, created_at) values (?, ?, 'x', 'T',"
                        + " ?, current_timestamp)",
                id,
                id + "@test.local",
                admin ? "ADMIN" : "USER");
        return new CurrentUser(id, admin);
    }

    private void runFor(Duration span) {
        Instant end = clock.instant().plus(span);
        loop.reconcileDueNow();
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofSeconds(1));
            while (loop.reconcileDueNow() > 0) {
                // passes that asked to run again at once
            }
        }
    }
}
