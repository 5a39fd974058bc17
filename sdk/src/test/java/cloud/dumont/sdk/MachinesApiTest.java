package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.machines.AttemptOutcome;
import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.api.machines.BlacklistRequest;
import cloud.dumont.api.machines.MachineDetail;
import cloud.dumont.api.machines.MachineSummary;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Host history from a real (simulated) deployment, and the blacklist as admins and users see it. */
@ExtendWith(DumontServerExtension.class)
class MachinesApiTest {

    @Test
    void aDeploymentThatBecameReadyIsInItsMachinesHistory(DumontServer server) throws InterruptedException {
        DumontClient user = Users.signedUp(server, "Host Watcher");
        DeploymentResponse created =
                user.deployments().deploy("jupyter-lab", new DeployRequest(null, null, null, null, null));
        try {
            DeploymentResponse d =
                    user.deployments().await(created.id(), DeploymentsApi.SETTLED, Duration.ofSeconds(60), e -> {});
            assertThat(d.status()).as(d.statusMessage()).isEqualTo(DeploymentStatus.running);
            long machineId = d.machineId();

            MachineDetail machine = user.machines().machine(machineId);

            assertThat(machine.summary().machineId()).isEqualTo(machineId);
            assertThat(machine.summary().gpuName()).isEqualTo(d.gpuName());
            assertThat(machine.summary().successes()).isPositive();
            assertThat(machine.attempts()).anySatisfy(a -> {
                assertThat(a.outcome()).isEqualTo(AttemptOutcome.ready);
                assertThat(a.gpuName()).isEqualTo(d.gpuName());
                assertThat(a.secondsToReady()).isPositive();
            });
            var ofItsGpu = user.machines()
                    .history(MachineQuery.all().withGpuName(d.gpuName()).withPage(500, 0));
            assertThat(ofItsGpu.machines())
                    .extracting(MachineSummary::machineId)
                    .contains(machineId);
            assertThat(ofItsGpu.machines())
                    .allSatisfy(m -> assertThat(m.gpuName()).isEqualTo(d.gpuName()));
            assertThat(ofItsGpu.gpuModels()).anySatisfy(g -> {
                assertThat(g.gpuName()).isEqualTo(d.gpuName());
                assertThat(g.successes()).isPositive();
            });
            var bySuccess = user.machines().history(MachineQuery.all().withSort("machine_id", "asc"));
            assertThat(bySuccess.machines())
                    .extracting(MachineSummary::machineId)
                    .isSorted();
        } finally {
            user.deployments().destroy(created.id());
        }

        DumontException anonymous = catchThrowableOfType(
                DumontException.class, () -> Users.anonymous(server).machines().history());
        assertThat(anonymous.status()).isEqualTo(401);
        DumontException badSort = catchThrowableOfType(DumontException.class, () -> user.machines()
                .history(MachineQuery.all().withSort("price", "asc")));
        assertThat(badSort.status()).isEqualTo(400);
    }

    @Test
    void anAdminBlacklistsAndClearsAMachineAndNobodyElseMay(DumontServer server) {
        DumontClient admin = Users.admin(server);
        DumontClient user = Users.signedUp(server, "Not An Admin");
        // A machine the simulated market never lists, so no other test's deploy is steered away from its host.
        long machineId = ThreadLocalRandom.current().nextLong(900_000_000L, 999_999_999L);

        DumontException refused = catchThrowableOfType(DumontException.class, () -> user.machines()
                .blacklist(new BlacklistRequest(machineId, "I do not like it", null)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(user.machines().blacklist())
                .extracting(BlacklistEntry::machineId)
                .doesNotContain(machineId);

        BlacklistEntry added = admin.machines().blacklist(new BlacklistRequest(machineId, "Disk errors on boot", 24));

        assertThat(added.machineId()).isEqualTo(machineId);
        assertThat(added.active()).isTrue();
        assertThat(added.source()).isEqualTo("admin");
        assertThat(added.reason()).isEqualTo("Disk errors on boot");
        assertThat(added.expiresAt())
                .isCloseTo(Instant.now().plus(Duration.ofHours(24)), within(1, ChronoUnit.MINUTES));
        assertThat(user.machines().blacklist())
                .extracting(BlacklistEntry::machineId)
                .contains(machineId);
        MachineDetail listed = user.machines().machine(machineId);
        assertThat(listed.summary().blacklisted()).isTrue();
        assertThat(listed.blacklist()).first().isEqualTo(added);
        assertThat(catchThrowableOfType(
                                DumontException.class, () -> user.machines().clear(machineId, "I want it"))
                        .status())
                .isEqualTo(403);

        BlacklistEntry cleared = admin.machines().clear(machineId, "Disks replaced by the host");

        assertThat(cleared.active()).isFalse();
        assertThat(cleared.clearedAt()).isNotNull();
        assertThat(cleared.clearReason()).isEqualTo("Disks replaced by the host");
        assertThat(user.machines().blacklist())
                .extracting(BlacklistEntry::machineId)
                .doesNotContain(machineId);
        assertThat(user.machines().machine(machineId).summary().blacklisted()).isFalse();
        DumontException again = catchThrowableOfType(
                DumontException.class, () -> admin.machines().clear(machineId, "Once more"));
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void aBlacklistingWithoutAReasonIsRejectedByFieldAndAddsNothing(DumontServer server) {
        DumontClient admin = Users.admin(server);
        long machineId = ThreadLocalRandom.current().nextLong(900_000_000L, 999_999_999L);

        DumontException rejected = catchThrowableOfType(
                DumontException.class, () -> admin.machines().blacklist(new BlacklistRequest(machineId, " ", 0)));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.problem().errors())
                .extracting(Problem.FieldError::field)
                .containsOnly("reason", "durationHours");
        assertThat(admin.machines().blacklist())
                .extracting(BlacklistEntry::machineId)
                .doesNotContain(machineId);
        assertThat(catchThrowableOfType(
                                DumontException.class, () -> admin.machines().machine(machineId))
                        .status())
                .isEqualTo(404);
    }
}
