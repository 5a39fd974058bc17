package cloud.dumont.sim.internal.market;

import static cloud.dumont.sim.internal.market.Weighted.logNormal;
import static cloud.dumont.sim.internal.market.Weighted.round;
import static cloud.dumont.sim.internal.market.Weighted.uniform;

import cloud.dumont.sim.internal.market.Machine.CpuSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Invents plausible host machines. Datacenter-class GPUs get server CPUs, fast links and good
 * uptime; consumer cards sit more often on community hosts with slower links and a tail of poor
 * reliability, as the market notes describe.
 */
final class MachineFactory {

    private static final List<CpuSpec> SERVER_CPUS = List.of(
            new CpuSpec("AMD EPYC 7763 64-Core Processor", 128, 2.45),
            new CpuSpec("AMD EPYC 9654 96-Core Processor", 192, 2.4),
            new CpuSpec("AMD EPYC 7B13 64-Core Processor", 128, 3.5),
            new CpuSpec("Intel(R) Xeon(R) Platinum 8480+", 224, 2.0),
            new CpuSpec("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", 128, 2.0));
    private static final List<CpuSpec> DESKTOP_CPUS = List.of(
            new CpuSpec("AMD Ryzen 9 7950X 16-Core Processor", 32, 4.5),
            new CpuSpec("AMD Ryzen Threadripper PRO 5975WX 32-Cores", 64, 3.6),
            new CpuSpec("Intel(R) Core(TM) i9-13900K", 32, 3.0),
            new CpuSpec("AMD EPYC 7543 32-Core Processor", 64, 2.8),
            new CpuSpec("Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz", 80, 2.2));
    private static final List<String> SERVER_BOARDS =
            List.of("ROME2D16-2T", "H12DSG-O-CPU", "X13DEG-OAD", "MZ73-LM0-000");
    private static final List<String> DESKTOP_BOARDS =
            List.of("ProArt X670E-CREATOR WIFI", "ROG STRIX B550-F GAMING", "WRX80 Creator", "H12SSL-i");
    private static final List<String> DISKS = List.of(
            "Samsung SSD 980 PRO 2TB",
            "SAMSUNG MZQL23T8HCLS-00A07",
            "WD_BLACK SN850X 4000GB",
            "KIOXIA KCD8XPUG3T84",
            "Micron_7450_MTFDKCC3T8TFR",
            "CT4000P3PSSD8");

    private final RandomGenerator random;
    private final List<Long> hosts = new ArrayList<>();
    private long nextMachineId;
    private long nextHostId;

    MachineFactory(RandomGenerator random) {
        this.random = random;
        this.nextMachineId = 12_000 + random.nextInt(3_000);
        this.nextHostId = 40_000 + random.nextInt(20_000);
    }

    Machine build(GpuModel gpu, int numGpus, Instant now) {
        boolean datacenter = gpu.datacenter() ? random.nextDouble() < 0.85 : random.nextDouble() < 0.2;
        String verification = verification(datacenter);
        CpuSpec cpu = pick(datacenter ? SERVER_CPUS : DESKTOP_CPUS);
        int gpusOnMachine = gpusOnMachine(numGpus);
        double inetDown = round(logNormal(random, datacenter ? 2500 : 700, 0.8, 50, 10_000), 1);
        double storageCost = round(uniform(random, 0.05, 0.30), 3);
        double listedDaysAgo = uniform(random, 2, 400);
        double availableDays = uniform(random, 3, 365);
        return new Machine(
                nextMachineId += 1 + random.nextInt(40),
                host(),
                gpu,
                gpusOnMachine,
                Weighted.pick(random, Place.ALL, Place::weight),
                driver(gpu),
                cpu,
                gpusOnMachine
                        * (datacenter ? 128_000 + random.nextInt(4) * 32_000 : 32_000 + random.nextInt(3) * 16_000),
                pick(datacenter ? SERVER_BOARDS : DESKTOP_BOARDS),
                pick(DISKS),
                round(uniform(random, 800, 7000), 1),
                round(logNormal(random, 500, 0.7, 40, 4000), 1),
                inetDown,
                round(inetDown * uniform(random, 0.3, 1.0), 1),
                round(uniform(random, 0, 0.02), 4),
                round(uniform(random, 0, 0.02), 4),
                directPorts(datacenter),
                datacenter ? random.nextDouble() < 0.95 : random.nextDouble() < 0.45,
                round(gpu.pciGen() >= 5 ? uniform(random, 25, 52) : uniform(random, 11, 25), 1),
                osVersion(),
                reliability(datacenter, verification),
                verification,
                datacenter,
                storageCost,
                round(uniform(random, 0.2, 0.5), 2),
                epochSeconds(now.minus(days(listedDaysAgo))),
                epochSeconds(now.plus(days(availableDays))),
                80 + random.nextInt(11),
                random.nextDouble() < 0.15);
    }

    private String verification(boolean datacenter) {
        double roll = random.nextDouble();
        if (roll < 0.02) {
            return "deverified";
        }
        return roll < (datacenter ? 0.9 : 0.72) ? "verified" : "unverified";
    }

    /** Verified hosts mostly sit at 0.90 - 0.999; unverified community hosts trail far lower. */
    private double reliability(boolean datacenter, String verification) {
        if ("verified".equals(verification)) {
            double miss = logNormal(random, datacenter ? 0.008 : 0.015, 0.8, 0.0005, 0.10);
            return round(1 - miss, 4);
        }
        double value = random.nextDouble() < 0.2 ? uniform(random, 0.30, 0.60) : uniform(random, 0.60, 0.985);
        return round(value, 4);
    }

    private int gpusOnMachine(int numGpus) {
        if (numGpus >= 8 || random.nextDouble() < 0.6) {
            return numGpus;
        }
        return numGpus >= 4 || random.nextBoolean() ? 8 : 4;
    }

    private Driver driver(GpuModel gpu) {
        List<Driver> supported = Driver.ALL.stream()
                .filter(d -> d.major() >= gpu.minDriverMajor())
                .toList();
        return Weighted.pick(random, supported, Driver::weight);
    }

    private int directPorts(boolean datacenter) {
        if (datacenter) {
            return 50 + random.nextInt(951);
        }
        return random.nextDouble() < 0.85 ? 8 + random.nextInt(293) : 2 + random.nextInt(6);
    }

    private String osVersion() {
        double roll = random.nextDouble();
        return roll < 0.6 ? "22.04" : roll < 0.85 ? "24.04" : "20.04";
    }

    /** Hosts often list several machines, so most machines go to a host already seen. */
    private long host() {
        if (!hosts.isEmpty() && random.nextDouble() < 0.6) {
            return hosts.get(random.nextInt(hosts.size()));
        }
        nextHostId += 1 + random.nextInt(900);
        hosts.add(nextHostId);
        return nextHostId;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Duration days(double days) {
        return Duration.ofSeconds(Math.round(days * 86_400));
    }

    private static double epochSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
