package cloud.dumont.deployment.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Hosts the reconciler: claims due deployments with leases and reconciles each on a virtual thread, at most {@code
 * workers} at once. Whatever a pass decides is written with the deployment; a pass that lost a race with a user's
 * change is dropped and the deployment looked at again at once.
 */
@Component
public class ReconcileLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReconcileLoop.class);
    private static final Duration IDLE_WAIT = Duration.ofMillis(200);

    private final Leases leases;
    private final DeploymentStore store;
    private final Reconciler reconciler;
    private final DeploymentProperties properties;
    private final Clock clock;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Semaphore slots;
    private final Wakeups wakeups;

    private volatile boolean running;
    private ExecutorService workers;
    private Thread claimer;

    ReconcileLoop(
            Leases leases,
            DeploymentStore store,
            Reconciler reconciler,
            DeploymentProperties properties,
            Wakeups wakeups,
            Clock clock) {
        this.wakeups = wakeups;
        this.leases = leases;
        this.store = store;
        this.reconciler = reconciler;
        this.properties = properties;
        this.clock = clock;
        this.slots = new Semaphore(properties.workers());
    }

    @Override
    public boolean isAutoStartup() {
        return properties.loopEnabled();
    }

    /**
     * Reconciles, on the calling thread, every deployment due now, once each; for tests and tools that drive time
     * themselves instead of running the loop.
     *
     * @return how many deployments were reconciled
     */
    public int reconcileDueNow() {
        List<UUID> claimed = leases.claimDue(
                owner, clock.instant(), clock.instant().plus(properties.leaseDuration()), Integer.MAX_VALUE);
        for (UUID id : claimed) {
            store.find(id).ifPresent(this::reconcileOnce);
        }
        return claimed.size();
    }

    @Override
    public void start() {
        running = true;
        workers = Executors.newVirtualThreadPerTaskExecutor();
        claimer = Thread.ofVirtual().name("deployment-claimer").start(this::claimLoop);
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeups.wake();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void claimLoop() {
        while (running) {
            try {
                int free = slots.availablePermits();
                List<UUID> claimed = free == 0
                        ? List.of()
                        : leases.claimDue(
                                owner, clock.instant(), clock.instant().plus(properties.leaseDuration()), free);
                for (UUID id : claimed) {
                    slots.acquire();
                    workers.submit(() -> reconcileClaimed(id));
                }
                if (claimed.isEmpty()) {
                    wakeups.await(IDLE_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming deployments failed; trying again shortly", e);
                sleepQuietly();
            }
        }
    }

    void reconcileClaimed(UUID id) {
        try {
            store.find(id).ifPresent(this::reconcileOnce);
        } catch (RuntimeException e) {
            log.error("Reconciling deployment {} failed", id, e);
            leases.release(id, owner, clock.instant().plusSeconds(5));
        } finally {
            slots.release();
        }
    }

    private void reconcileOnce(DeploymentEntity d) {
        Outcome outcome = reconciler.reconcile(d);
        Instant now = clock.instant();
        Instant next = outcome.isDone() ? now : now.plus(outcome.requeueAfter());
        d.setNextCheckAt(next);
        try {
            store.update(d);
        } catch (OptimisticLockingFailureException e) {
            // Someone (a destroy or retry) changed the row meanwhile: decide again from what is stored now.
            next = now;
        }
        leases.release(d.getId(), owner, next);
        if (!next.isAfter(now)) {
            wakeups.wake();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
