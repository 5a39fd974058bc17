package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.deployment.internal.HibernationCommands;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * One user of the hibernation benchmark playing their {@link UsageWeek.Plan} against the engine, as a person at a
 * JupyterLab would: at each burst they need the deployment usable (waking it if it is hibernated, retrying it if it
 * failed, and waiting), check
 * that their workspace holds what they saved, make the GPU busy and save a file; at the burst's end the GPU and the
 * kernel go idle. They never destroy it; in the {@code manual} mode a diligent user stops (hibernates) it at the end of
 * each working day.
 */
final class WeekUser {

    static final String SLUG = "jupyter-lab";

    enum Mode {
        /** Auto-hibernation on, the product's default. */
        on,
        /** Auto-hibernation off: nothing stops a machine. */
        off,
        /** Auto-hibernation off; users who do not forget stop their machine at the end of each working day. */
        manual
    }

    private enum State {
        AWAY,
        WAITING,
        WORKING
    }

    private final UsageWeek.Plan plan;
    private final BenchEngine engine;
    private final HibernationCommands hibernation;
    private final Mode mode;
    private final HibernationTally tally;
    private final double gpuTakenPerHour;
    private final LongConsumer activityChanged;
    private final CurrentUser user;
    private final SplittableRandom random;
    private final List<UUID> deployments = new ArrayList<>();
    /** What the user saved, as they expect to find it: path → content. */
    private final Map<String, byte[]> expected = new HashMap<>();

    private State state = State.AWAY;
    private int next;
    private Instant waitingSince;
    private boolean firstDeploy;
    private boolean wakeAsked;
    private Long instanceAtArrival;

    WeekUser(
            UsageWeek.Plan plan,
            BenchEngine engine,
            HibernationCommands hibernation,
            Mode mode,
            HibernationTally tally,
            long seed,
            double gpuTakenPerHour,
            LongConsumer activityChanged) {
        this.plan = plan;
        this.activityChanged = activityChanged;
        this.engine = engine;
        this.hibernation = hibernation;
        this.mode = mode;
        this.tally = tally;
        this.gpuTakenPerHour = gpuTakenPerHour;
        this.user = engine.newUser("Bench user " + plan.user());
        // Its own stream per user, the same in every mode: file contents and which stopped GPUs are taken.
        this.random = new SplittableRandom(seed * 1_000_003L + plan.user());
    }

    /** When this user does something next on their own; null while they wait for the deployment, or are done. */
    Instant nextEventAt() {
        return switch (state) {
            case AWAY -> next < plan.bursts().size() ? plan.bursts().get(next).start() : null;
            case WORKING -> plan.bursts().get(next).end();
            case WAITING -> null;
        };
    }

    boolean waiting() {
        return state == State.WAITING;
    }

    /** Whatever this user does at {@code now}: arrive for a burst, or end one. */
    void act(Instant now) {
        if (state == State.AWAY
                && next < plan.bursts().size()
                && !now.isBefore(plan.bursts().get(next).start())) {
            arrive(now);
        } else if (state == State.WORKING
                && !now.isBefore(plan.bursts().get(next).end())) {
            endBurst(now);
        }
    }

    private void arrive(Instant now) {
        state = State.WAITING;
        waitingSince = now;
        wakeAsked = false;
        if (deployments.isEmpty()) {
            deploy();
            firstDeploy = true;
            instanceAtArrival = null;
        } else {
            firstDeploy = false;
            instanceAtArrival = current().instanceId();
        }
        tryToUse(now);
    }

    /** Looks at the deployment again while waiting for it: wakes it if it is hibernated, starts work once it runs. */
    void tryToUse(Instant now) {
        DeploymentResponse d = current();
        switch (d.status()) {
            case running -> usable(d, now);
            case hibernated -> wake(d, now);
            case failed -> {
                tally.failed(d.statusMessage());
                retry(d);
            }
            default -> {
                // hibernating, waking, provisioning, starting, unhealthy: wait
            }
        }
    }

    private void wake(DeploymentResponse d, Instant now) {
        if (wakeAsked) {
            return;
        }
        maybeTakeGpu(d, now);
        try {
            hibernation.wake(user, d.id());
            wakeAsked = true;
        } catch (ProblemException e) {
            // it changed meanwhile; look again at the next step
        }
    }

    /**
     * While an instance is stopped another renter may take its GPU: a hazard of {@code gpuTakenPerHour} per hour
     * stopped, drawn when the user wakes it. Nothing to take when the engine has already let the instance go.
     */
    private void maybeTakeGpu(DeploymentResponse d, Instant now) {
        double draw = random.nextDouble();
        Instant since = d.hibernation() == null ? null : d.hibernation().hibernatedAt();
        if (d.instanceId() == null || since == null) {
            return;
        }
        double hours = Duration.between(since, now).toMillis() / 3_600_000.0;
        if (draw >= 1 - Math.exp(-gpuTakenPerHour * hours)) {
            return;
        }
        boolean stopped = engine.sim
                .instance(d.instanceId())
                .filter(i -> !i.destroyed() && "stopped".equals(i.intendedStatus()))
                .isPresent();
        if (stopped) {
            engine.sim.takeGpu(d.instanceId());
            tally.gpuTaken();
        }
    }

    private void usable(DeploymentResponse d, Instant now) {
        Duration waited = Duration.between(waitingSince, now);
        if (firstDeploy) {
            tally.firstReady(waited);
        } else if (!waited.isZero() || wakeAsked) {
            tally.wake(waited, !d.instanceId().equals(instanceAtArrival));
        }
        checkWorkspace(d.instanceId());
        List<UsageWeek.Burst> bursts = plan.bursts();
        while (next < bursts.size() && !bursts.get(next).end().isAfter(now)) {
            next++; // bursts that passed while the user waited
        }
        if (next < bursts.size() && !bursts.get(next).start().isAfter(now)) {
            startBurst(d.instanceId(), bursts.get(next));
        } else {
            state = State.AWAY;
        }
    }

    private void startBurst(long instanceId, UsageWeek.Burst burst) {
        state = State.WORKING;
        engine.sim.setGpuUtilization(instanceId, 50 + random.nextInt(49));
        engine.sim.setAppBusy(instanceId, true);
        activityChanged.accept(instanceId);
        byte[] content = new byte[burst.bytes()];
        random.nextBytes(content);
        engine.sim.writeWorkspaceFile(instanceId, burst.path(), content);
        expected.put(burst.path(), content);
        tally.written(content.length);
    }

    private void endBurst(Instant now) {
        UsageWeek.Burst burst = plan.bursts().get(next);
        DeploymentResponse d = current();
        if (d.instanceId() != null) {
            try {
                engine.sim.setGpuUtilization(d.instanceId(), 0);
                engine.sim.setAppBusy(d.instanceId(), false);
                activityChanged.accept(d.instanceId());
            } catch (IllegalArgumentException e) {
                // the instance is gone (not in this benchmark's market, but a user would not mind)
            }
        }
        next++;
        state = State.AWAY;
        boolean forgetsNow = burst.end().equals(plan.forgotAt());
        if (mode == Mode.manual && burst.dayEnd() && !forgetsNow && d.status() == DeploymentStatus.running) {
            try {
                hibernation.hibernate(user, d.id());
                tally.manualStop();
            } catch (ProblemException e) {
                // not running after all; nothing to stop
            }
        }
    }

    /** Compares the workspace on the deployment's current instance with what the user saved; the user goes on from it. */
    private void checkWorkspace(long instanceId) {
        Map<String, byte[]> found = engine.sim.workspaceFiles(instanceId);
        long lost = 0;
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            byte[] there = found.get(e.getKey());
            if (there == null || !Arrays.equals(there, e.getValue())) {
                lost += e.getValue().length;
            }
        }
        tally.checked(lost);
        if (lost > 0) {
            expected.clear();
            expected.putAll(found);
        }
    }

    /**
     * What the dashboard offers on a failed deployment: retry it (the workspace check then counts whatever did not come
     * back), or deploy anew if the retry is refused.
     */
    private void retry(DeploymentResponse d) {
        try {
            engine.deployments.retry(user, d.id());
        } catch (ProblemException e) {
            deploy();
        }
    }

    private void deploy() {
        DeploymentResponse d =
                engine.deployments.deploy(user, SLUG, new DeployRequest(null, null, null, Map.of(), null, null, null));
        deployments.add(d.id());
    }

    private DeploymentResponse current() {
        return engine.deployments.get(user, deployments.getLast());
    }

    /** Every deployment this user made, as they are now. */
    List<DeploymentResponse> all() {
        return deployments.stream().map(id -> engine.deployments.get(user, id)).toList();
    }

    void destroyAll() {
        for (DeploymentResponse d : all()) {
            if (d.status().live()) {
                engine.deployments.destroy(user, d.id());
            }
        }
    }
}
