package cloud.dumont.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.DumontApplication;
import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.Labels;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.RateLimit;
import cloud.dumont.sim.SimulatorConfig;
import cloud.dumont.sim.VastSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server stopped while its deployment is provisioning, and started again on the same database and the same Vast.ai
 * account (here a simulator outside both servers, standing in for Vast.ai): the deployment resumes where it was and
 * reaches running on the one instance rented before the restart.
 */
class RestartMidProvisioningIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void theDeploymentResumesAfterARestartAndNoSecondInstanceIsRented() throws Exception {
        try (VastSimulator vast = VastSimulator.start(SimulatorConfig.defaults()
                .withSeed(11)
                .withBootTimes(BootTimes.fixed(Duration.ofSeconds(4)))
                .withRateLimit(RateLimit.unlimited())
                .withoutChurn())) {
            UUID deploymentId;
            try (ConfigurableApplicationContext first = start(vast)) {
                Deployments deployments = first.getBean(Deployments.class);
                CurrentUser admin = admin(first);
                deploymentId = deployments
                        .deploy(admin, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null))
                        .id();
                DeploymentResponse ordered = await().atMost(Duration.ofSeconds(10))
                        .until(() -> deployments.get(admin, deploymentId), d -> d.instanceId() != null);
                assertThat(ordered.status()).isIn(DeploymentStatus.pending, DeploymentStatus.provisioning);
            }

            try (ConfigurableApplicationContext second = start(vast)) {
                Deployments deployments = second.getBean(Deployments.class);
                CurrentUser admin = admin(second);
                DeploymentResponse running = await().atMost(Duration.ofSeconds(30))
                        .until(() -> deployments.get(admin, deploymentId), d -> d.status() == DeploymentStatus.running);
                long rentedForIt = vast.instances().stream()
                        .filter(i -> i.label() != null && i.label().startsWith(Labels.PREFIX + deploymentId))
                        .count();
                assertThat(rentedForIt).isEqualTo(1);
                assertThat(running.attempt()).isEqualTo(1);
            }
        }
    }

    private ConfigurableApplicationContext start(VastSimulator vast) throws Exception {
        Files.createDirectories(dataDir);
        // Command-line arguments, because they outrank application.yaml (default properties would not).
        return new SpringApplicationBuilder(DumontApplication.class)
                .run(
                        "--server.port=0",
                        "--dumont.data-dir=" + dataDir,
                        "--dumont.vast.api-key=" + vast.apiKey(),
                        "--dumont.vast.base-url=" + vast.baseUrl(),
                        "--dumont.deployments.poll-interval=300ms",
                        // A stopped server's leases must expire before the next one may take its rows over.
                        "--dumont.deployments.lease-duration=2s",
                        "--logging.level.root=warn");
    }

    private static CurrentUser admin(ConfigurableApplicationContext context) {
        UUID id = context.getBean(JdbcTemplate.class)
                .queryForObject("select id from users where email = 'admin@dumont.local'", UUID.class);
        return new CurrentUser(id, true);
    }
}
