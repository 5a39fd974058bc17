package cloud.dumont.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.TestServers;
import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.deployment.DrivenClockConfiguration;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.sim.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's database work on the real PostgreSQL: row leases taken by several claimers at once never overlap, the
 * per-user limit holds under simultaneous deploys, and a deployment runs end to end on jsonb columns.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test?currentSchema="
                    + PostgresDeploymentEngineIntegrationTest.SCHEMA,
            "dumont.deployments.loop-enabled=false",
            "dumont.deployments.deploy-wait=0s",
            "dumont.vast.simulator.boot-time-min=30s",
            "dumont.vast.simulator.boot-time-max=30s",
            "dumont.vast.simulator.rate-limited=false",
            "logging.level.root=warn"
        })
@Import(DrivenClockConfiguration.class)
class PostgresDeploymentEngineIntegrationTest {

    static final String SCHEMA = "dumont_engine_it";

    @Autowired
    Deployments deployments;

    @Autowired
    Leases leases;

    @Autowired
    ReconcileLoop loop;

    @Autowired
    ManualClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void freshSchema() throws Exception {
        TestServers.recreatePostgresSchema(SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestServers.dropPostgresSchema(SCHEMA);
    }

    @Test
    void aDeploymentRunsEndToEndOnPostgres() {
        CurrentUser user = newUser();
        UUID id = deployments
                .deploy(user, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null))
                .id();
        for (int second = 0; second < 45; second++) {
            loop.reconcileDueNow();
            clock.advance(Duration.ofSeconds(1));
        }
        loop.reconcileDueNow();
        assertThat(deployments.get(user, id).status()).isEqualTo(DeploymentStatus.running);
        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns where table_schema = ?"
                                + " and table_name = 'deployments' and column_name = 'launch_spec'",
                        String.class,
                        SCHEMA))
                .isEqualTo("jsonb");
    }

    @Test
    void claimersRunningAtTheSameTimeNeverLeaseTheSameDeployment() throws Exception {
        CurrentUser user = newUser();
        jdbc.update("update deployments set status = 'destroyed'");
        for (int i = 0; i < 3; i++) {
            deployments.deploy(user, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null));
        }
        for (CurrentUser other : List.of(newUser(), newUser(), newUser())) {
            for (int i = 0; i < 3; i++) {
                deployments.deploy(other, "comfy-ui", new DeployRequest(null, null, null, Map.of(), null));
            }
        }
        List<Callable<List<UUID>>> claimers = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            String owner = "replica-" + c;
            claimers.add(() ->
                    leases.claimDue(owner, clock.instant(), clock.instant().plusSeconds(60), 3));
        }
        Set<UUID> claimed = new HashSet<>();
        int total = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<List<UUID>> f : pool.invokeAll(claimers)) {
                total += f.get().size();
                claimed.addAll(f.get());
            }
        }
        assertThat(total).isEqualTo(claimed.size()).isEqualTo(12);
    }

    @Test
    void simultaneousDeploysCannotSlipPastTheLimit() throws Exception {
        CurrentUser user = newUser();
        List<Callable<Boolean>> deploys = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            deploys.add(() -> {
                try {
                    deployments.deploy(user, "jupyter-lab", new DeployRequest(null, null, null, Map.of(), null));
                    return true;
                } catch (ProblemException e) {
                    assertThat(e.getStatusCode().value()).isEqualTo(429);
                    return false;
                }
            });
        }
        int admitted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> f : pool.invokeAll(deploys)) {
                admitted += f.get() ? 1 : 0;
            }
        }
        assertThat(admitted).isEqualTo(3);
    }

    private CurrentUser newUser() {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into users (id, email, password_hash, display_name, role, created_at) values (?, ?, 'x', 'T',"
                        + " 'USER', now())",
                id,
                id + "@test.local");
        return new CurrentUser(id, false);
    }
}
