package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.StandbyResponse;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Failover per deployment: set, shown, refused when out of range, and a move to a new host on request. */
@ExtendWith(DumontServerExtension.class)
class StandbyApiTest {

    private static final Duration SETTLE = Duration.ofSeconds(90);

    @Test
    void failoverIsSetAndListedAndMovesARunningDeploymentToANewHost(DumontServer server) throws InterruptedException {
        DumontClient user = Users.signedUp(server, "Failover");
        DeploymentsApi deployments = user.deployments();
        StandbyApi standby = user.standby();
        UUID id = deployments
                .deploy("jupyter-lab", new DeployRequest(null, null, null, null, null))
                .id();
        try {
            // The test server starts deployments with failover off (DUMONT_FAILOVER_ENABLED=false).
            assertThat(standby.list()).singleElement().satisfies(s -> {
                assertThat(s.deploymentId()).isEqualTo(id);
                assertThat(s.templateName()).isEqualTo("JupyterLab");
                assertThat(s.enabled()).isFalse();
                assertThat(s.restoresWorkspace())
                        .as("nothing restores with failover off")
                        .isFalse();
                assertThat(s.snapshotIntervalSeconds()).isEqualTo(1800);
            });

            StandbyResponse on = standby.configure(id, true, Duration.ofMinutes(15));
            assertThat(on.enabled()).isTrue();
            assertThat(on.snapshotIntervalSeconds()).isEqualTo(900);
            StandbyResponse off = standby.configure(id, false);
            assertThat(off.enabled()).isFalse();
            assertThat(off.snapshotIntervalSeconds()).as("kept when not given").isEqualTo(900);

            DumontException tooOften = catchThrowableOfType(
                    DumontException.class, () -> standby.configure(id, true, Duration.ofMinutes(1)));
            assertThat(tooOften.status()).isEqualTo(400);
            assertThat(tooOften.problem().errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactly("snapshotIntervalSeconds");
            assertThat(standby.list()).singleElement().as("nothing changed").satisfies(s -> {
                assertThat(s.enabled()).isFalse();
                assertThat(s.snapshotIntervalSeconds()).isEqualTo(900);
            });

            DeploymentResponse running = deployments.await(id, DeploymentsApi.SETTLED, SETTLE, e -> {});
            assertThat(running.status()).isEqualTo(DeploymentStatus.running);
            long firstInstance = running.instanceId();

            DeploymentResponse moving = standby.failoverNow(id);

            assertThat(moving.status()).isEqualTo(DeploymentStatus.provisioning);
            // The answer is written before the engine rents the next instance, so it holds none.
            assertThat(moving.instanceId())
                    .as("the old instance is given up at once")
                    .isNull();
            DeploymentResponse moved = deployments.await(id, Set.of(DeploymentStatus.running), SETTLE, e -> {});
            assertThat(moved.status()).isEqualTo(DeploymentStatus.running);
            assertThat(moved.instanceId()).isNotEqualTo(firstInstance);
        } finally {
            deployments.destroy(id);
        }

        DumontException ended = catchThrowableOfType(DumontException.class, () -> standby.failoverNow(id));
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.getMessage()).contains("Only a running or unhealthy deployment can fail over");
        assertThat(standby.list()).as("not one being destroyed").isEmpty();
    }

    @Test
    void anotherUsersOrAnUnknownDeploymentIsNotFound(DumontServer server) {
        DumontClient owner = Users.signedUp(server, "Owner");
        UUID id = owner.deployments()
                .deploy("comfy-ui", new DeployRequest(null, null, null, null, null))
                .id();
        try {
            StandbyApi stranger = Users.signedUp(server, "Stranger").standby();

            assertThat(catchThrowableOfType(DumontException.class, () -> stranger.configure(id, true))
                            .status())
                    .isEqualTo(404);
            assertThat(catchThrowableOfType(DumontException.class, () -> stranger.failoverNow(id))
                            .status())
                    .isEqualTo(404);
            assertThat(catchThrowableOfType(DumontException.class, () -> stranger.configure(UUID.randomUUID(), true))
                            .status())
                    .isEqualTo(404);
            assertThat(stranger.list()).isEmpty();
            assertThat(owner.standby().list())
                    .singleElement()
                    .satisfies(s -> assertThat(s.enabled()).as("unchanged").isFalse());
        } finally {
            owner.deployments().destroy(id);
        }
    }
}
