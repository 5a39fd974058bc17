package cloud.dumont.sim.internal.instance;

import cloud.dumont.sim.internal.market.GpuModel;
import cloud.dumont.sim.internal.market.Machine;
import cloud.dumont.sim.internal.market.MarketOffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an instance with the field names of Vast.ai's instance object (the union of the
 * OpenAPI schema, the v1 list and the CLI, see shared/reference/vast-api.md). {@code ports} is
 * Docker-shaped with string host ports, and null until the instance runs, as on Vast.ai.
 */
public final class InstanceJson {

    private InstanceJson() {}

    public static Map<String, Object> render(SimulatedInstance instance, Instant now, String host) {
        MarketOffer offer = instance.offer();
        Machine m = offer.machine();
        GpuModel gpu = offer.gpu();
        LaunchSpec spec = instance.spec();
        Phase phase = instance.phaseAt(now);
        boolean running = phase.running();
        Map<String, Integer> hostPorts = running ? instance.hostPorts() : Map.of();
        double util = instance.gpuUtil();

        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", instance.id());
        o.put("machine_id", m.machineId());
        o.put("host_id", m.hostId());
        o.put("bundle_id", offer.bundleId());
        o.put("actual_status", phase.actualStatus());
        o.put("intended_status", instance.wantRunning() ? "running" : "stopped");
        o.put("cur_state", instance.wantRunning() ? "running" : "stopped");
        o.put("next_state", instance.wantRunning() ? "running" : "stopped");
        o.put("status_msg", phase.statusMsg());
        o.put("label", instance.label());
        o.put("template_id", null);
        o.put("template_hash_id", null);
        o.put("template_name", null);
        o.put("image_uuid", spec.image());
        o.put("image_args", spec.args());
        o.put("image_runtype", spec.runtype());
        o.put("extra_env", extraEnv(spec.env()));
        o.put("onstart", spec.onstart());
        o.put("jupyter_token", instance.secrets().jupyterToken());
        putConnection(o, instance, hostPorts, host);
        o.put("static_ip", m.staticIp());
        o.put("geolocation", m.place().geolocation());
        o.put("country_code", null);
        o.put("verification", m.verification());
        o.put("rentable", true);
        o.put("external", false);
        o.put("hosting_type", m.datacenter() ? 1 : 0);
        o.put("num_gpus", offer.numGpus());
        o.put("gpu_name", gpu.name());
        o.put("gpu_arch", "nvidia");
        o.put("gpu_ram", gpu.ramMb());
        o.put("gpu_totalram", gpu.ramMb() * offer.numGpus());
        o.put("gpu_frac", offer.gpuFraction());
        o.put("gpu_lanes", 16);
        o.put("gpu_mem_bw", gpu.memBandwidth());
        o.put("bw_nvlink", offer.numGpus() > 1 ? gpu.nvlinkBandwidth() : 0.0);
        boolean reported = running && !Double.isNaN(util); // NaN: the host sends no GPU figures
        o.put("gpu_util", reported ? util : null);
        o.put("gpu_temp", reported ? round(34 + util * 0.45) : null);
        o.put("cuda_max_good", m.driver().cudaMaxGood());
        o.put("driver_version", m.driver().version());
        o.put("compute_cap", gpu.computeCap());
        o.put("cpu_name", m.cpu().name());
        o.put("cpu_arch", "amd64");
        o.put("cpu_cores", m.cpu().cores());
        o.put("cpu_cores_effective", round(m.cpu().cores() * offer.gpuFraction()));
        o.put("cpu_ram", m.cpuRamMb());
        o.put("cpu_util", running ? round(0.02 + util / 1000) : 0.0);
        o.put("mem_usage", running ? 1.2 : 0.0);
        o.put("mem_limit", round(m.cpuRamMb() * offer.gpuFraction() / 1000));
        o.put("vmem_usage", running ? round(gpu.ramMb() * offer.numGpus() * util / 100 / 1000) : 0.0);
        o.put("disk_name", m.diskName());
        o.put("disk_space", spec.diskGb());
        o.put("disk_bw", m.diskBandwidth());
        o.put("disk_usage", running ? round(Math.min(spec.diskGb(), 3.5)) : -1);
        o.put("disk_util", running ? round(Math.min(spec.diskGb(), 3.5) / spec.diskGb()) : -1);
        o.put("inet_up", m.inetUp());
        o.put("inet_down", m.inetDown());
        o.put("inet_up_cost", m.inetUpCost());
        o.put("inet_down_cost", m.inetDownCost());
        putTimes(o, instance, now);
        putPrices(o, instance);
        o.put("reliability", m.reliability());
        o.put("reliability2", m.reliability());
        o.put("os_version", m.osVersion());
        o.put("mobo_name", m.moboName());
        o.put("pci_gen", (double) gpu.pciGen());
        o.put("pcie_bw", m.pcieBandwidth());
        o.put("logo", "/static/logos/vastai_small2.png");
        o.put("webpage", null);
        o.put("time_remaining", "");
        o.put("time_remaining_isbid", "");
        o.put("volume_info", List.of());
        return o;
    }

    private static void putConnection(
            Map<String, Object> o, SimulatedInstance instance, Map<String, Integer> hostPorts, String host) {
        o.put("ssh_host", host);
        Integer ssh = hostPorts.get("22/tcp");
        // Without direct SSH Vast.ai answers with a proxy port; the simulator has no proxy, so
        // that port number is a stand-in that nothing listens on.
        o.put("ssh_port", ssh != null ? ssh : 10_000 + (int) (instance.id() % 50_000));
        o.put("ssh_idx", "1");
        o.put("machine_dir_ssh_port", ssh);
        o.put("public_ipaddr", host);
        o.put("local_ipaddrs", "127.0.0.1 172.17.0.1 \n");
        o.put(
                "direct_port_start",
                hostPorts.values().stream().mapToInt(i -> i).min().orElse(-1));
        o.put(
                "direct_port_end",
                hostPorts.values().stream().mapToInt(i -> i).max().orElse(-1));
        o.put("direct_port_count", instance.offer().machine().directPortCount());
        o.put("ports", hostPorts.isEmpty() ? null : dockerPorts(hostPorts));
    }

    private static void putTimes(Map<String, Object> o, SimulatedInstance instance, Instant now) {
        o.put("start_date", epochSeconds(instance.createdAt()));
        o.put("end_date", instance.offer().machine().availableUntil());
        Instant since = instance.runningSince(now);
        o.put(
                "uptime_mins",
                since == null ? null : round(Duration.between(since, now).toMillis() / 60_000.0));
        o.put("duration", round(Duration.between(instance.createdAt(), now).toMillis() / 1000.0));
    }

    private static void putPrices(Map<String, Object> o, SimulatedInstance instance) {
        MarketOffer offer = instance.offer();
        double base = instance.gpuRate();
        double storage = instance.storageRate();
        o.put("dph_base", base);
        o.put("dph_total", round6(base + storage));
        o.put("min_bid", offer.minBid());
        o.put("is_bid", instance.spec().price() != null);
        o.put("storage_cost", offer.machine().storageCost());
        o.put("storage_total_cost", round6(storage));
        o.put("vram_costperhour", round6(base / (offer.gpu().ramMb() * offer.numGpus())));
        o.put("credit_balance", null);
        o.put("credit_discount", null);
        o.put("credit_discount_max", offer.machine().creditDiscountMax());
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("gpuCostPerHour", base);
        cost.put("diskHour", round6(storage));
        cost.put("totalHour", round6(base + storage));
        cost.put("discountTotalHour", 0);
        cost.put("discountedTotalPerHour", round6(base + storage));
        o.put("search", cost);
        o.put("instance", cost);
    }

    /** {@code {"8888/tcp": [{"HostIp": "0.0.0.0", "HostPort": "41234"}]}}; HostPort is a string. */
    private static Map<String, Object> dockerPorts(Map<String, Integer> hostPorts) {
        Map<String, Object> ports = new LinkedHashMap<>();
        hostPorts.forEach(
                (key, port) -> ports.put(key, List.of(Map.of("HostIp", "0.0.0.0", "HostPort", String.valueOf(port)))));
        return ports;
    }

    private static List<List<String>> extraEnv(Map<String, String> env) {
        List<List<String>> pairs = new ArrayList<>();
        env.forEach((k, v) -> pairs.add(List.of(k, v)));
        return pairs;
    }

    private static double epochSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
