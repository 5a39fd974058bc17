package cloud.dumont.sim.internal.market;

import static cloud.dumont.sim.internal.market.Weighted.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Renders an offer with the field names and units of Vast.ai's search response (see the offer
 * object in shared/reference/vast-api.md). Prices depend on the search: {@code dph_total}
 * includes storage for {@code allocated_storage} GB, and interruptible searches price at the bid.
 */
public final class OfferJson {

    private OfferJson() {}

    public static Map<String, Object> render(
            MarketOffer offer, double allocatedStorage, boolean bid, String host, double nowEpochSeconds) {
        Machine m = offer.machine();
        GpuModel gpu = offer.gpu();
        double base = bid ? offer.minBid() : offer.dphBase();
        double storageHour = round(offer.storageCostPerHour(allocatedStorage), 6);
        double total = round(base + storageHour, 6);
        double dlperf = round(gpu.dlperf() * Math.pow(offer.numGpus(), 0.95), 2);
        double flops = round(gpu.tflops() * offer.numGpus(), 2);
        double dlperfPerDollar = round(dlperf / total, 2);

        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", offer.id());
        o.put("ask_contract_id", offer.id());
        o.put("bundle_id", offer.bundleId());
        o.put("bundled_results", null);
        o.put("machine_id", m.machineId());
        o.put("host_id", m.hostId());
        o.put("hostname", null);
        o.put("num_gpus", offer.numGpus());
        o.put("gpu_name", gpu.name());
        o.put("gpu_ram", gpu.ramMb());
        o.put("gpu_total_ram", gpu.ramMb() * offer.numGpus());
        o.put("gpu_frac", round(offer.gpuFraction(), 4));
        o.put("gpu_arch", "nvidia");
        o.put("gpu_lanes", 16);
        o.put("gpu_mem_bw", gpu.memBandwidth());
        o.put("gpu_max_power", gpu.maxPowerWatts());
        o.put("gpu_max_temp", m.gpuMaxTemp());
        o.put("gpu_display_active", false);
        o.put("gpu_ids", gpuIds(offer));
        o.put("compute_cap", gpu.computeCap());
        o.put("cuda_max_good", m.driver().cudaMaxGood());
        o.put("driver_version", m.driver().version());
        o.put("driver_vers", m.driver().numeric());
        o.put("bw_nvlink", offer.numGpus() > 1 ? gpu.nvlinkBandwidth() : 0.0);
        putMachine(o, m, offer.gpuFraction(), host);
        o.put("dph_base", base);
        o.put("dph_total", total);
        o.put("storage_cost", m.storageCost());
        o.put("storage_total_cost", storageHour);
        o.put("vram_costperhour", round(base / (gpu.ramMb() * offer.numGpus()), 8));
        o.put("min_bid", offer.minBid());
        o.put("is_bid", bid);
        o.put("credit_discount_max", m.creditDiscountMax());
        o.put("dlperf", dlperf);
        o.put("dlperf_per_dphtotal", dlperfPerDollar);
        o.put("total_flops", flops);
        o.put("flops_per_dphtotal", round(flops / total, 2));
        o.put("score", round(dlperfPerDollar * Math.pow(m.reliability(), 4), 2));
        putReliability(o, m);
        o.put("start_date", m.listedSince());
        o.put("end_date", m.availableUntil());
        o.put("duration", round(Math.max(0, m.availableUntil() - nowEpochSeconds), 1));
        o.put("cluster_id", null);
        o.put("avail_vol_ask_id", null);
        o.put("avail_vol_dph", null);
        o.put("avail_vol_size", null);
        o.put("nw_disk_min_bw", null);
        o.put("nw_disk_max_bw", null);
        o.put("nw_disk_avg_bw", null);
        o.put("rn", null);
        o.put("dph_total_adj", total);
        o.put("discount_rate", 0.0);
        o.put("discounted_hourly", 0.0);
        o.put("discounted_dph_total", total);
        o.put("search", costBreakdown(base, storageHour, total));
        o.put("instance", costBreakdown(base, storageHour, total));
        o.put("time_remaining", "");
        o.put("time_remaining_isbid", "");
        return o;
    }

    private static void putMachine(Map<String, Object> o, Machine m, double fraction, String host) {
        o.put("cpu_name", m.cpu().name());
        o.put("cpu_arch", "amd64");
        o.put("cpu_cores", m.cpu().cores());
        o.put("cpu_cores_effective", round(m.cpu().cores() * fraction, 1));
        o.put("cpu_ghz", m.cpu().ghz());
        o.put("cpu_ram", m.cpuRamMb());
        o.put("has_avx", 1);
        o.put("disk_space", m.diskSpaceGb());
        o.put("disk_bw", m.diskBandwidth());
        o.put("disk_name", m.diskName());
        o.put("inet_down", m.inetDown());
        o.put("inet_up", m.inetUp());
        o.put("inet_down_cost", m.inetDownCost());
        o.put("inet_up_cost", m.inetUpCost());
        o.put("internet_down_cost_per_tb", round(m.inetDownCost() * 1024, 2));
        o.put("internet_up_cost_per_tb", round(m.inetUpCost() * 1024, 2));
        o.put("direct_port_count", m.directPortCount());
        o.put("static_ip", m.staticIp());
        o.put("public_ipaddr", host);
        o.put("pci_gen", (double) m.gpu().pciGen());
        o.put("pcie_bw", m.pcieBandwidth());
        o.put("mobo_name", m.moboName());
        o.put("os_version", m.osVersion());
        o.put("ubuntu_version", m.osVersion());
    }

    private static void putReliability(Map<String, Object> o, Machine m) {
        o.put("reliability", m.reliability());
        o.put("reliability2", m.reliability());
        o.put("reliability_mult", round(Math.min(1.0, m.reliability() + 0.002), 4));
        o.put("expected_reliability", round(m.reliability() * 0.995, 4));
        o.put("verification", m.verification());
        o.put("vericode", m.verified() ? 1 : 0);
        o.put("verified", m.verified());
        o.put("rentable", true);
        o.put("rented", false);
        o.put("external", false);
        o.put("hosting_type", m.datacenter() ? 1 : 0);
        o.put("datacenter", m.datacenter());
        o.put("geolocation", m.place().geolocation());
        o.put("geolocode", m.place().geolocode());
        o.put("logo", "/static/logos/vastai_small2.png");
        o.put("webpage", null);
        o.put("vms_enabled", m.vmsEnabled());
        o.put("is_vm_deverified", false);
        o.put("resource_type", "gpu");
    }

    private static List<Long> gpuIds(MarketOffer offer) {
        return LongStream.range(0, offer.numGpus())
                .map(i -> offer.machine().machineId() * 10 + i)
                .boxed()
                .toList();
    }

    private static Map<String, Object> costBreakdown(double base, double storageHour, double total) {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("gpuCostPerHour", base);
        cost.put("diskHour", storageHour);
        cost.put("totalHour", total);
        cost.put("discountTotalHour", 0);
        cost.put("discountedTotalPerHour", total);
        return cost;
    }
}
