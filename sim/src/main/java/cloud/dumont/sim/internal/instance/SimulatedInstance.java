package cloud.dumont.sim.internal.instance;

import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.internal.agent.SimAgent;
import cloud.dumont.sim.internal.agent.Workspace;
import cloud.dumont.sim.internal.apps.AppContext;
import cloud.dumont.sim.internal.apps.InstanceApps;
import cloud.dumont.sim.internal.apps.OpenPorts;
import cloud.dumont.sim.internal.market.MarketOffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * One rented instance. Its status is not stored but computed from the clock: a boot starts at a
 * known instant with a drawn {@link BootTimeline}, so asking at any later time gives the status
 * of that time, and a test that moves a {@code ManualClock} moves the instance. Only the ports are
 * real state, opened by {@link #syncPorts} once the computed status says running. Not
 * thread-safe: the simulator serialises access.
 */
public final class SimulatedInstance {

    /** A cached image restarts much faster than a first pull. */
    private static final double RESTART_FACTOR = 0.3;

    private final long id;
    private final MarketOffer offer;
    private final LaunchSpec spec;
    private final BootFailure failure;
    private final Instant createdAt;
    private final Secrets secrets;
    private final BootTimes bootTimes;
    private final RandomGenerator random;
    private final List<String> log = new ArrayList<>();

    private String label;
    private boolean wantRunning;

    /** Another renter has this instance's GPU: a start leaves it stopped, "scheduling", until the GPU is free. */
    private boolean gpuTaken;

    private int boots;
    private Instant bootStartedAt;
    private BootTimeline timeline;
    private Instant destroyedAt;
    private volatile double gpuUtil;
    private volatile boolean appBusy;
    private Instant hostLostAt;
    private Duration ranBefore = Duration.ZERO;
    private OpenPorts openPorts;
    private final Workspace workspace = new Workspace();
    private SimAgent agent;

    /** The per-instance keys Vast.ai hands out. */
    public record Secrets(String instanceApiKey, String jupyterToken) {}

    SimulatedInstance(
            long id,
            MarketOffer offer,
            LaunchSpec spec,
            BootFailure failure,
            Instant now,
            Secrets secrets,
            BootTimes bootTimes,
            RandomGenerator random) {
        this.id = id;
        this.offer = offer;
        this.spec = spec;
        this.failure = failure;
        this.createdAt = now;
        this.secrets = secrets;
        this.bootTimes = bootTimes;
        this.random = random;
        this.label = spec.label();
        note(
                now,
                "instance created from offer " + offer.id() + " on machine "
                        + offer.machine().machineId());
    }

    public Phase phaseAt(Instant now) {
        if (hostLostAt != null && !now.isBefore(hostLostAt)) {
            return new Phase("offline", null); // the host stopped answering Vast.ai: it never comes back here
        }
        if (!wantRunning) {
            return new Phase("stopped", null);
        }
        if (gpuTaken) {
            return new Phase("stopped", "scheduling: waiting for the GPU, which another renter has");
        }
        Duration elapsed = Duration.between(bootStartedAt, now);
        if (elapsed.compareTo(timeline.created()) < 0) {
            return new Phase(boots == 1 ? null : "stopped", null);
        }
        boolean loaded = elapsed.compareTo(timeline.loading()) >= 0;
        boolean booted = elapsed.compareTo(timeline.running()) >= 0;
        Phase created = new Phase("created", null);
        Phase loading = new Phase("loading", "Pulling image " + spec.image());
        if (failure != null) {
            return switch (failure.kind()) {
                case NEVER_BOOTS -> created;
                case OCI_ERROR -> loaded ? new Phase("created", failure.statusMsg()) : created;
                case OFFLINE -> loaded ? new Phase("offline", null) : created;
                case STUCK_LOADING -> loaded ? loading : created;
                case EXITS -> booted ? new Phase("exited", failure.statusMsg()) : loaded ? loading : created;
                case APP_NEVER_ANSWERS -> booted ? runningPhase() : loaded ? loading : created;
            };
        }
        return booted ? runningPhase() : loaded ? loading : created;
    }

    private Phase runningPhase() {
        return new Phase("running", "success, running " + spec.image().replace(':', '_') + "/" + spec.runtypeFamily());
    }

    void start(Instant now) {
        if (wantRunning && !"exited".equals(phaseAt(now).actualStatus())) {
            return;
        }
        ranBefore = ranBefore.plus(currentRun(now));
        wantRunning = true;
        boots++;
        Duration boot = bootTimes.draw(random);
        if (boots > 1) {
            boot = Duration.ofMillis(Math.max(1, Math.round(boot.toMillis() * RESTART_FACTOR)));
        }
        bootStartedAt = now;
        timeline = BootTimeline.of(boot);
        note(now, (boots == 1 ? "boot" : "restart") + " requested; simulated boot takes " + boot.toMillis() + " ms");
    }

    void stop(Instant now) {
        if (!wantRunning) {
            return;
        }
        ranBefore = ranBefore.plus(currentRun(now));
        wantRunning = false;
        bootStartedAt = null;
        note(now, "stop requested");
    }

    void destroy(Instant now) {
        ranBefore = ranBefore.plus(currentRun(now));
        wantRunning = false;
        destroyedAt = now;
        if (agent != null) {
            agent.stop();
        }
        note(now, "destroyed");
    }

    /** Opens the app ports when the computed status is running, closes them otherwise. */
    void syncPorts(Instant now, InstanceApps apps, Supplier<AppContext> ctx) {
        // The agent's boot step (a restore, say) runs before the app starts, as the launch command orders it.
        boolean hold = destroyedAt == null && phaseAt(now).running() && (agent == null || agent.booted());
        if (hold && openPorts == null) {
            boolean serve = failure == null || failure.kind() != BootFailure.Kind.APP_NEVER_ANSWERS;
            openPorts = apps.open(ctx.get(), spec.ports(), serve);
            note(now, "running; ports " + openPorts.hostPorts());
        } else if (!hold && openPorts != null) {
            openPorts.close();
            openPorts = null;
        }
    }

    /** Time spent running so far, which is what GPU billing counts. */
    public Duration runningTime(Instant now) {
        return ranBefore.plus(currentRun(now));
    }

    private Duration currentRun(Instant now) {
        boolean billed = !gpuTaken && (failure == null || failure.kind() == BootFailure.Kind.APP_NEVER_ANSWERS);
        if (!wantRunning || bootStartedAt == null || !billed) {
            return Duration.ZERO;
        }
        Instant runningSince = bootStartedAt.plus(timeline.running());
        Instant end = destroyedAt != null ? destroyedAt : now;
        return end.isAfter(runningSince) ? Duration.between(runningSince, end) : Duration.ZERO;
    }

    /** When the current boot reached running, or null. */
    public Instant runningSince(Instant now) {
        return phaseAt(now).running() ? bootStartedAt.plus(timeline.running()) : null;
    }

    /** The cost so far: GPU time while running, storage from creation to destruction. */
    public double costSoFar(Instant now) {
        Instant end = destroyedAt != null ? destroyedAt : now;
        double storageHours = Duration.between(createdAt, end).toMillis() / 3_600_000.0;
        double gpuHours = runningTime(now).toMillis() / 3_600_000.0;
        return gpuHours * gpuRate() + storageHours * storageRate();
    }

    public double gpuRate() {
        return spec.price() != null ? spec.price() : offer.dphBase();
    }

    public double storageRate() {
        return offer.storageCostPerHour(spec.diskGb());
    }

    public void note(Instant when, String line) {
        log.add(when + " " + line);
    }

    public long id() {
        return id;
    }

    public MarketOffer offer() {
        return offer;
    }

    public LaunchSpec spec() {
        return spec;
    }

    public BootFailure failure() {
        return failure;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Secrets secrets() {
        return secrets;
    }

    public String label() {
        return label;
    }

    void label(String value) {
        label = value;
    }

    /** Someone else rents the stopped instance's GPU; see {@link #gpuTaken}. */
    public void takeGpu() {
        if (wantRunning) {
            throw new IllegalStateException("instance " + id + " is running: its GPU is its own");
        }
        gpuTaken = true;
    }

    /**
     * The other renter lets the GPU go: a start asked for meanwhile goes ahead from now, taking its restart time.
     */
    public void gpuFreed(Instant now) {
        gpuTaken = false;
        if (wantRunning) {
            bootStartedAt = now;
        }
    }

    /** Whether the instance's container runs, so its agent does: not while stopped, destroyed or on a lost host. */
    public boolean agentRuns() {
        return wantRunning && !gpuTaken && destroyedAt == null && hostLostAt == null;
    }

    public boolean wantRunning() {
        return wantRunning;
    }

    public boolean destroyed() {
        return destroyedAt != null;
    }

    public double gpuUtil() {
        return gpuUtil;
    }

    /** The host disconnects from Vast.ai at {@code now}: the instance shows offline from then on. */
    void loseHost(Instant now) {
        hostLostAt = now;
        note(now, "host lost: offline");
    }

    public boolean appBusy() {
        return appBusy;
    }

    void appBusy(boolean busy) {
        appBusy = busy;
    }

    void gpuUtil(double percent) {
        gpuUtil = percent;
    }

    /** Host ports by key ({@code "8888/tcp"}) while they are held, else an empty map. */
    public Map<String, Integer> hostPorts() {
        return openPorts == null ? Map.of() : openPorts.orderedHostPorts();
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The instance's agent, or null when it was launched without one. */
    public SimAgent agent() {
        return agent;
    }

    void attach(SimAgent value) {
        agent = value;
    }

    public List<String> log() {
        return List.copyOf(log);
    }
}
