package cloud.dumont.marketplace.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** Word lists and measuring helpers shared by the search benchmarks (the index alone, and over HTTP). */
public final class BenchmarkSupport {

    private BenchmarkSupport() {}

    public static final String[] ADJECTIVES = {
        "Stable",
        "Fast",
        "Tiny",
        "Turbo",
        "Open",
        "Secure",
        "Simple",
        "Pro",
        "Ultra",
        "Lite",
        "Cloud",
        "Local",
        "Neural",
        "Deep",
        "Smart",
        "Private",
        "Hyper",
        "Quick",
        "Minimal",
        "Portable",
        "Shared",
        "Managed",
        "Unified",
        "Distributed",
        "Realtime",
        "Batch",
        "Serverless",
        "Quantized",
        "Multimodal",
        "Instant"
    };

    public static final String[] SUFFIXES = {
        "WebUI", "Server", "Studio", "Kit", "Box", "Stack", "Hub", "Playground", "Workbench", "Pipeline", "Lab",
        "Sandbox", "Gateway", "Toolkit", "Forge", "Runner", "Cluster", "Starter", "Edition", "API", "Desktop", "Suite"
    };

    public static final String[] PROSE =
            ("the a to of and in for with on is this that it you your can by from or be as run start open "
                            + "template gpu model models container image port volume memory vram cuda driver version install "
                            + "configure environment variable token password api endpoint server client request response "
                            + "batch size training inference dataset checkpoint weights download cache disk storage network "
                            + "latency throughput performance benchmark quantized precision fp16 bf16 int8 kernel attention "
                            + "layer prompt generation sampling temperature output input file directory workspace notebook "
                            + "python package library dependency update upgrade build docker compose logs health check restart "
                            + "instance deployment provider region price hour cost cheap fast quick easy simple default "
                            + "recommended minimum maximum support supported feature features example examples guide usage "
                            + "first step next then after before when while if not no yes note tip warning error fix issue "
                            + "user users team share persistent save load export import web browser ui interface dashboard "
                            + "monitor metrics graph chart upload video audio speech voice text image picture photo render "
                            + "scene frame resolution upscale style lora adapter fine tune tuning train trainer epoch step "
                            + "learning rate optimizer loss evaluation validation test accuracy score result results")
                    .split(" ");

    public static final String[] FIRST_NAMES = {
        "Alice", "Bob", "Chen", "Dana", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo",
        "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe"
    };

    public static final String[] LAST_NAMES = {
        "Smith",
        "Garcia",
        "Okafor",
        "Nakamura",
        "Novak",
        "Silva",
        "Kowalski",
        "Haddad",
        "Larsen",
        "Moreau",
        "Singh",
        "Rossi",
        "Yilmaz",
        "Fischer",
        "Kim",
        "Nguyen",
        "Petrov",
        "Andersson",
        "Dubois",
        "Mensah"
    };

    public static final String[] REGIONS = {"eu-west", "eu-central", "us-east", "us-west", "ap-south", "ap-northeast"};

    public static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(
                Locale.ROOT,
                "p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  (mean %.2f)",
                at(sorted, 0.50),
                at(sorted, 0.95),
                at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6,
                mean);
    }

    public static double at(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
