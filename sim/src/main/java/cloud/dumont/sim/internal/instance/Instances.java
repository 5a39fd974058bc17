package cloud.dumont.sim.internal.instance;

import cloud.dumont.sim.BootFailure;
import cloud.dumont.sim.BootTimes;
import cloud.dumont.sim.internal.agent.SimAgent;
import cloud.dumont.sim.internal.apps.AppContext;
import cloud.dumont.sim.internal.apps.AppKind;
import cloud.dumont.sim.internal.apps.InstanceApps;
import cloud.dumont.sim.internal.market.MarketOffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;

/**
 * Every instance ever created, destroyed ones included (tests may want to look at them; the API
 * no longer shows them). Ids and each instance's random draws derive from the seed, so a seeded
 * run creates the same ids with the same boot times. Not thread-safe: the simulator serialises
 * access.
 */
public final class Instances {

    private final Map<Long, SimulatedInstance> all = new LinkedHashMap<>();
    private final long seed;
    private final BootTimes bootTimes;
    private final InstanceApps apps;
    private final ExecutorService executor;
    private final Duration agentInterval;
    private final SplittableRandom ids;
    private long nextId;

    public Instances(
            long seed, BootTimes bootTimes, InstanceApps apps, ExecutorService executor, Duration agentInterval) {
        this.seed = seed;
        this.bootTimes = bootTimes;
        this.apps = apps;
        this.executor = executor;
        this.agentInterval = agentInterval;
        this.ids = new SplittableRandom(seed * 31 + 17);
        this.nextId = 7_800_000 + ids.nextInt(1_000_000);
    }

    public SimulatedInstance create(
            MarketOffer offer, LaunchSpec spec, BootFailure failure, Instant now, boolean startStopped) {
        long id = nextId += 1 + ids.nextInt(400);
        SplittableRandom random = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
        HexFormat hex = HexFormat.of();
        SimulatedInstance.Secrets secrets =
                new SimulatedInstance.Secrets(hex.formatHex(bytes(random)), hex.formatHex(bytes(random)));
        SimulatedInstance instance = new SimulatedInstance(id, offer, spec, failure, now, secrets, bootTimes, random);
        if (SimAgent.wanted(spec.env(), spec.image(), spec.args(), spec.onstart())) {
            SimAgent agent = new SimAgent(
                    spec.env(),
                    instance.workspace(),
                    instance::gpuUtil,
                    instance::agentRuns,
                    appKind(instance),
                    agentInterval);
            instance.attach(agent);
            executor.submit(agent::run);
        }
        if (!startStopped) {
            instance.start(now);
        }
        all.put(id, instance);
        return instance;
    }

    public Optional<SimulatedInstance> find(long id) {
        return Optional.ofNullable(all.get(id)).filter(i -> !i.destroyed());
    }

    public Optional<SimulatedInstance> findIncludingDestroyed(long id) {
        return Optional.ofNullable(all.get(id));
    }

    public List<SimulatedInstance> live() {
        return all.values().stream().filter(i -> !i.destroyed()).toList();
    }

    public List<SimulatedInstance> everyInstance() {
        return List.copyOf(all.values());
    }

    public void start(SimulatedInstance instance, Instant now) {
        instance.start(now);
        sync(instance, now);
    }

    public void stop(SimulatedInstance instance, Instant now) {
        instance.stop(now);
        sync(instance, now);
    }

    public void destroy(SimulatedInstance instance, Instant now) {
        instance.destroy(now);
        sync(instance, now);
    }

    public void label(SimulatedInstance instance, String label) {
        instance.label(label);
    }

    public void loseHost(SimulatedInstance instance, Instant now) {
        instance.loseHost(now);
        sync(instance, now);
    }

    public void appBusy(SimulatedInstance instance, boolean busy) {
        instance.appBusy(busy);
    }

    public void gpuUtil(SimulatedInstance instance, double percent) {
        instance.gpuUtil(percent);
    }

    /** Opens or closes ports where simulated time has moved an instance in or out of running. */
    public void refresh(Instant now) {
        for (SimulatedInstance instance : all.values()) {
            sync(instance, now);
        }
    }

    /** Destroys every live instance, releasing its ports: the simulator is shutting down. */
    public void destroyAll(Instant now) {
        for (SimulatedInstance instance : all.values()) {
            if (!instance.destroyed()) {
                instance.destroy(now);
                sync(instance, now);
            }
        }
    }

    private void sync(SimulatedInstance instance, Instant now) {
        instance.syncPorts(now, apps, () -> context(instance));
    }

    private static AppContext context(SimulatedInstance instance) {
        LaunchSpec spec = instance.spec();
        return new AppContext(
                instance.id(),
                spec.image(),
                instance.offer().gpu().name(),
                instance.offer().numGpus(),
                instance.offer().gpu().ramMb(),
                spec.env(),
                spec.commandTokens(),
                spec.vastJupyter() ? instance.secrets().jupyterToken() : null,
                instance::gpuUtil,
                instance::appBusy,
                instance.workspace());
    }

    /** What the agent reports as its app: the kind of the first TCP port's app, as the ports would serve it. */
    private static String appKind(SimulatedInstance instance) {
        LaunchSpec spec = instance.spec();
        return spec.ports().stream()
                .filter(p -> p.protocol().equals("tcp") && p.containerPort() != 22)
                .findFirst()
                .map(p -> AppKind.forPort(p.containerPort(), spec.image(), spec.vastJupyter())
                        .name()
                        .toLowerCase(java.util.Locale.ROOT))
                .orElse(null);
    }

    private static byte[] bytes(SplittableRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }
}
