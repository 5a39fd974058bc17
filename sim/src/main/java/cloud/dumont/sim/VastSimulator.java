package cloud.dumont.sim;

import cloud.dumont.sim.internal.SimulatedVast;
import cloud.dumont.sim.internal.agent.Workspace;
import cloud.dumont.sim.internal.api.ApiServer;
import cloud.dumont.sim.internal.instance.Instances;
import cloud.dumont.sim.internal.instance.Phase;
import cloud.dumont.sim.internal.instance.SimulatedInstance;
import cloud.dumont.sim.internal.market.GpuCatalog;
import cloud.dumont.sim.internal.market.GpuModel;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A running Vast.ai simulator: the HTTP API at {@link #baseUrl()} (use it as {@code VAST_URL}),
 * accepting {@link #apiKey()}, plus hooks for tests to shape the market, inject failures, drive
 * GPU utilisation and read instances directly. Close it to stop the API and every instance port.
 */
public final class VastSimulator implements AutoCloseable {

    private final SimulatorConfig config;
    private final String apiKey;
    private final ExecutorService executor;
    private final SimulatedVast vast;
    private final ApiServer api;
    private final ScheduledExecutorService refresher;

    private VastSimulator(SimulatorConfig config) {
        this.config = config;
        this.apiKey = config.apiKey() != null ? config.apiKey() : deriveKey(config);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.vast = new SimulatedVast(config, executor);
        this.api = new ApiServer(vast, apiKey, executor);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vast-simulator-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.refreshInterval().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    public static VastSimulator start(SimulatorConfig config) {
        return new VastSimulator(config);
    }

    public static VastSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash, as Vast.ai clients expect. */
    public URI baseUrl() {
        String host = config.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    public int port() {
        return api.port();
    }

    public String apiKey() {
        return apiKey;
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Where boot failures and API faults are planned; rules may change while running. */
    public FailurePlan failures() {
        return vast.failures();
    }

    /** The offers listed right now, in listing order, with their minimum bids of the moment. */
    public List<Offer> offers() {
        return vast.withWorld((market, instances, now) -> market.listed().stream()
                .map(o -> market.pricedAt(o, now).toOffer())
                .toList());
    }

    /**
     * The offers listed right now with the minimum bids the simulated market's demand model gives for {@code at}. The
     * simulator keeps no past: this is its price model replayed over today's offers, for a server that wants a
     * simulated history to chart (and must say that it is one).
     */
    public List<Offer> offersPricedAt(Instant at) {
        return vast.withWorld((market, instances, now) -> market.listed().stream()
                .map(o -> market.pricedAt(o, at).toOffer())
                .toList());
    }

    public Optional<Offer> offer(long id) {
        return vast.withWorld((market, instances, now) ->
                market.find(id).map(o -> market.pricedAt(o, now).toOffer()));
    }

    /** One churn step now: some offers disappear, as many new ones appear. */
    public void tickMarket() {
        vast.withWorld((market, instances, now) -> {
            market.churn(now);
            return null;
        });
    }

    /** Takes matching offers off the market (renters see them vanish); returns how many. */
    public int withdrawOffers(Predicate<Offer> which) {
        return vast.withWorld((market, instances, now) -> market.withdraw(o -> which.test(o.toOffer())));
    }

    /** Lists a new offer of {@code numGpus} (1, 2, 4 or 8) of the named GPU, e.g. "RTX 4090". */
    public Offer listOffer(String gpuName, int numGpus) {
        GpuModel gpu = GpuCatalog.byName(gpuName)
                .orElseThrow(() -> new IllegalArgumentException("no GPU model named " + gpuName + "; known: "
                        + GpuCatalog.MODELS.stream().map(GpuModel::name).toList()));
        return vast.withWorld(
                (market, instances, now) -> market.list(gpu, numGpus, now).toOffer());
    }

    /** Live (not destroyed) instances as of the simulator's clock. */
    public List<InstanceState> instances() {
        return vast.withWorld((market, instances, now) ->
                instances.live().stream().map(i -> state(i, now)).toList());
    }

    /** Any instance ever created, destroyed ones included. */
    public Optional<InstanceState> instance(long id) {
        return vast.withWorld(
                (market, instances, now) -> instances.findIncludingDestroyed(id).map(i -> state(i, now)));
    }

    /**
     * A higher bid takes an interruptible instance's GPU: Vast.ai stops it (intended, current and next state all
     * {@code stopped}) and keeps its disk. Instances are also outbid on their own when the market's minimum bid rises
     * above their bid.
     */
    public void outbid(long instanceId) {
        vast.outbid(instanceId);
    }

    /**
     * The instance's host disconnects for good: Vast.ai shows the instance {@code offline} from now on and its app
     * stops answering. What a dead host looks like to the renter of a running instance.
     */
    public void loseHost(long instanceId) {
        vast.withWorld((market, instances, now) -> {
            SimulatedInstance instance = live(instances, instanceId);
            instances.loseHost(instance, now);
            return null;
        });
    }

    /** The instance's host stops reporting GPU figures ({@code gpu_util} reads null), as hosts sometimes do. */
    public void hideGpuUtilization(long instanceId) {
        setGpuUtilization(instanceId, Double.NaN);
    }

    /**
     * Makes someone work in the instance's app, or stop: a busy Jupyter kernel, a ComfyUI prompt running, a vLLM
     * request in flight, a Stable Diffusion job. The app's activity endpoints say so, as the real apps do.
     */
    public void setAppBusy(long instanceId, boolean busy) {
        vast.withWorld((market, instances, now) -> {
            SimulatedInstance instance = live(instances, instanceId);
            instances.appBusy(instance, busy);
            return null;
        });
    }

    /** Sets the GPU utilisation (percent, 0 - 100) the instance reports while running. */
    public void setGpuUtilization(long instanceId, double percent) {
        if (!Double.isNaN(percent) && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("utilisation is a percentage: " + percent);
        }
        vast.withWorld((market, instances, now) -> {
            SimulatedInstance instance = live(instances, instanceId);
            instances.gpuUtil(instance, percent);
            return null;
        });
    }

    /**
     * Writes a file into the instance's workspace volume, as a user saving a notebook in its app would. The volume lives
     * with the instance: it survives a stop and a start, not a destroy.
     *
     * @param path relative to the workspace ({@code notebooks/a.ipynb}); {@code ..} is refused
     * @throws IllegalArgumentException when there is no live instance of that id, or the path is not a workspace path
     */
    public void writeWorkspaceFile(long instanceId, String path, byte[] content) {
        Workspace workspace = vast.withWorld(
                (market, instances, now) -> live(instances, instanceId).workspace());
        workspace.write(path, content);
    }

    /**
     * A copy of the files in the instance's workspace volume by relative path: what the user would find there now.
     *
     * @throws IllegalArgumentException when there is no live instance of that id
     */
    public SortedMap<String, byte[]> workspaceFiles(long instanceId) {
        Workspace workspace = vast.withWorld(
                (market, instances, now) -> live(instances, instanceId).workspace());
        return workspace.snapshot();
    }

    /**
     * Makes the agent of an instance launched with {@code DUMONT_AGENT_URL} and {@code DUMONT_AGENT_TOKEN} send one
     * heartbeat now and carry out the command it answers (snapshot or restore) before returning that command's name.
     */
    public String agentHeartbeat(long instanceId) throws java.io.IOException, InterruptedException {
        cloud.dumont.sim.internal.agent.SimAgent agent = vast.withWorld((market, instances, now) -> {
            SimulatedInstance instance = instances
                    .find(instanceId)
                    .orElseThrow(
                            () -> new IllegalArgumentException("no live instance " + instanceId + " with an agent"));
            if (instance.agent() != null && !instance.agentRuns()) {
                throw new IllegalArgumentException("instance " + instanceId + " is stopped: its agent does not run");
            }
            return instance.agent();
        });
        if (agent == null) {
            throw new IllegalArgumentException("instance " + instanceId + " was launched without an agent");
        }
        return agent.beat();
    }

    /**
     * Another renter takes the GPU of a stopped instance: from now on a start leaves it stopped with a "scheduling"
     * status message, for ever, as Vast.ai does (its disk stays, its GPU does not come back).
     */
    public void takeGpu(long instanceId) {
        vast.withWorld((market, instances, now) -> {
            live(instances, instanceId).takeGpu();
            return null;
        });
    }

    /** The GPU {@link #takeGpu} gave away is free again: a restart waiting for it goes ahead from now. */
    public void freeGpu(long instanceId) {
        vast.withWorld((market, instances, now) -> {
            live(instances, instanceId).gpuFreed(now);
            return null;
        });
    }

    /**
     * Applies what the clock has done since the last look (instances coming up and opening their
     * ports, churn). Happens on its own every {@code refreshInterval} and before every API call;
     * call it after moving a {@link ManualClock} to see the effect at once.
     */
    public void refresh() {
        vast.refresh();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        api.close();
        vast.shutdown();
        executor.shutdownNow();
    }

    private void refreshQuietly() {
        try {
            vast.refresh();
        } catch (RuntimeException e) {
            // a failed refresh is retried on the next tick; the API calls refresh on their own too
        }
    }

    private static SimulatedInstance live(Instances instances, long instanceId) {
        return instances
                .find(instanceId)
                .orElseThrow(() -> new IllegalArgumentException("no live instance " + instanceId));
    }

    private static InstanceState state(SimulatedInstance instance, Instant now) {
        Phase phase = instance.phaseAt(now);
        Map<Integer, Integer> tcp = new LinkedHashMap<>();
        instance.hostPorts().forEach((key, port) -> {
            if (key.endsWith("/tcp")) {
                tcp.put(Integer.parseInt(key.substring(0, key.indexOf('/'))), port);
            }
        });
        return new InstanceState(
                instance.id(),
                instance.offer().id(),
                instance.offer().machine().machineId(),
                instance.label(),
                instance.spec().image(),
                instance.spec().runtype(),
                phase.actualStatus(),
                instance.wantRunning() ? "running" : "stopped",
                phase.statusMsg(),
                instance.offer().gpu().name(),
                instance.offer().numGpus(),
                instance.gpuRate() + instance.storageRate(),
                Map.copyOf(tcp),
                instance.gpuUtil(),
                Map.copyOf(instance.spec().env()),
                instance.createdAt(),
                instance.destroyed());
    }

    /**
     * A key derived from the seed keeps seeded runs repeatable; an API reachable from other hosts
     * gets a random one instead.
     */
    private static String deriveKey(SimulatorConfig config) {
        byte[] bytes = new byte[32];
        if (isLoopback(config.bindAddress())) {
            new SplittableRandom(config.seed() ^ 0x7A3C9E15L).nextBytes(bytes);
        } else {
            new SecureRandom().nextBytes(bytes);
        }
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
