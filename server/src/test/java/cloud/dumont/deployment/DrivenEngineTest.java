package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentEventResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.deployment.internal.DeploymentStore;
import cloud.dumont.deployment.internal.Deployments;
import cloud.dumont.deployment.internal.ReconcileLoop;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.sim.ManualClock;
import cloud.dumont.sim.VastSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine against the in-process simulator with the loop switched off: a test moves one manual clock (shared by
 * server and simulator) with {@link #runFor} and every pass that falls due runs, so timeouts are reached in
 * milliseconds and outcomes are exact. Subclasses with these settings share one Spring context; one that needs more
 * adds {@code @TestPropertySource}. Each test gets a fresh user, and whatever it left live is destroyed after it.
 */
@SpringBootTest(
        properties = {
            "dumont.deployments.loop-enabled=false",
            "dumont.deployments.deploy-wait=0s",
            "dumont.vast.simulator.boot-time-min=30s",
            "dumont.vast.simulator.boot-time-max=30s",
            "dumont.vast.retry.base-delay=1ms",
            "dumont.vast.simulator.rate-limited=false"
        })
@ActiveProfiles("test")
@Import(DrivenClockConfiguration.class)
public abstract class DrivenEngineTest {

    @Autowired
    protected Deployments deployments;

    @Autowired
    protected DeploymentStore store;

    @Autowired
    protected ReconcileLoop loop;

    @Autowired
    protected VastSimulator sim;

    @Autowired
    protected ManualClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    protected CurrentUser user;

    @BeforeEach
    void freshUser() {
        user = newUser(false);
    }

    @AfterEach
    void destroyEverything() {
        for (DeploymentResponse d : deployments.list(user)) {
            if (d.status().live()) {
                deployments.destroy(user, d.id());
            }
        }
        while (loop.reconcileDueNow() > 0) {
            // until every destroy went through
        }
    }

    protected CurrentUser newUser(boolean admin) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into users (id, email, password_hash, display_name, role, created_at) values (?, ?, 'x', 'T',"
                        + " ?, current_timestamp)",
                id,
                id + "@test.local",
                admin ? "ADMIN" : "USER");
        return new CurrentUser(id, admin);
    }

    /**
     * Steps the clock a second at a time until the deployment runs, for at most 30 s of real time: a simulated app
     * opens only after its agent's boot heartbeat, which runs in real time.
     */
    protected void awaitRunning(UUID id) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    runFor(Duration.ofSeconds(1));
                    return get(id).status() == DeploymentStatus.running;
                });
    }

    /** Moves time forward in one-second steps, running every reconcile pass that falls due. */
    protected void runFor(Duration span) {
        Instant end = clock.instant().plus(span);
        loop.reconcileDueNow();
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofSeconds(1));
            int passes = 0;
            while (loop.reconcileDueNow() > 0) {
                // passes that asked to run again at once; a deployment that always does is a bug, not a long wait
                if (++passes > 1_000) {
                    throw new AssertionError("Reconcile passes keep asking to run again at once: "
                            + deployments.list(user).stream()
                                    .map(d -> d.id() + " " + d.status() + " " + d.statusMessage())
                                    .toList());
                }
            }
        }
    }

    protected DeploymentResponse get(UUID id) {
        return deployments.get(user, id);
    }

    /** The deployment's timeline messages, oldest first. */
    protected List<String> messages(UUID id) {
        return store.eventsAfter(id, 0).stream()
                .map(e -> e.toResponse().message())
                .toList();
    }

    /** The statuses it went through, oldest first. */
    protected List<DeploymentStatus> statuses(UUID id) {
        return store.eventsAfter(id, 0).stream()
                .map(e -> e.toResponse())
                .filter(e -> e.type().equals("status"))
                .map(DeploymentEventResponse::status)
                .toList();
    }
}
