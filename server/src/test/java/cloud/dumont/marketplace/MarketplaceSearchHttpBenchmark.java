package cloud.dumont.marketplace;

import static cloud.dumont.marketplace.search.BenchmarkSupport.ADJECTIVES;
import static cloud.dumont.marketplace.search.BenchmarkSupport.FIRST_NAMES;
import static cloud.dumont.marketplace.search.BenchmarkSupport.LAST_NAMES;
import static cloud.dumont.marketplace.search.BenchmarkSupport.PROSE;
import static cloud.dumont.marketplace.search.BenchmarkSupport.REGIONS;
import static cloud.dumont.marketplace.search.BenchmarkSupport.SUFFIXES;
import static cloud.dumont.marketplace.search.BenchmarkSupport.at;
import static cloud.dumont.marketplace.search.BenchmarkSupport.deleteRecursively;
import static cloud.dumont.marketplace.search.BenchmarkSupport.intArg;
import static cloud.dumont.marketplace.search.BenchmarkSupport.percentiles;
import static cloud.dumont.marketplace.search.BenchmarkSupport.seconds;

import cloud.dumont.DumontApplication;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.marketplace.internal.Browse;
import cloud.dumont.marketplace.internal.Categories;
import cloud.dumont.marketplace.internal.Featured;
import cloud.dumont.marketplace.internal.SearchIndexer;
import cloud.dumont.marketplace.internal.TemplateStats;
import cloud.dumont.marketplace.search.SearchHits;
import cloud.dumont.marketplace.search.SearchQuery;
import cloud.dumont.marketplace.search.SearchSort;
import cloud.dumont.marketplace.search.TemplateSearchIndex;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end benchmark of marketplace search over HTTP on the embedded default (H2 file database, in-process Lucene
 * index), run by {@code bench/marketplace.sh}. Starts the real application on a fresh data directory, writes community
 * templates straight into the database with batched JDBC (publishers with their users, templates, versions, counters,
 * a few featured), rebuilds the search index as a start would, then sends keyword queries, each with a category
 * filter, to {@code GET /api/v1/marketplace/templates} through {@link HttpClient}: first one at a time from one client
 * (as a user would), then optionally from several concurrent clients. Prints latency percentiles, where the time of a
 * search goes (index search against reading the page from the database), heap use and the machine.
 *
 * <p>Arguments (all optional): {@code --templates N} (default 100000), {@code --publishers N} (500), {@code --queries N}
 * measured sequential requests (3000), {@code --warmup N} unmeasured requests first (2000), {@code --clients N}
 * concurrent clients of the second run (8; 0 skips it), {@code --concurrent-queries N} requests of that run (4000),
 * {@code --profile N} searches timed piece by piece inside the server (500), {@code --seed N} (42). Not a test: its
 * name keeps it out of Surefire's runs.
 */
public final class MarketplaceSearchHttpBenchmark {

    /** The target for a keyword query with a facet filter on the embedded default. */
    private static final double TARGET_P95_MS = 50;

    private static final int BATCH = 1_000;
    private static final int FEATURED = 12;

    private static final String[] SUBJECTS = {
        "Diffusion",
        "PyTorch",
        "TensorFlow",
        "JupyterLab",
        "ComfyUI",
        "Llama",
        "Mistral",
        "Whisper",
        "Ollama",
        "vLLM",
        "Triton",
        "CUDA",
        "Notebook",
        "Trainer",
        "Inference",
        "Chat",
        "Vision",
        "Speech",
        "Embeddings",
        "RAG",
        "Agent",
        "Transcriber",
        "Upscaler",
        "Video",
        "Audio",
        "Finetune",
        "LoRA",
        "Kohya",
        "SDXL",
        "Flux",
        "Qwen",
        "Gemma",
        "Phi",
        "DeepSeek",
        "Blender",
        "Ray",
        "Spark",
        "Dask",
        "JAX",
        "Keras",
        "Detectron",
        "YOLO",
        "Segment",
        "AlphaFold",
        "Genomics",
        "Protein",
        "Stable Video",
        "Text Generation",
        "Voice Clone",
        "Image Captioning",
        "Code Assistant"
    };
    private static final String[] TAGS = {
        "pytorch",
        "tensorflow",
        "jax",
        "cuda",
        "diffusion",
        "stable-diffusion",
        "sdxl",
        "flux",
        "llm",
        "chat",
        "rag",
        "vllm",
        "ollama",
        "whisper",
        "tts",
        "asr",
        "jupyter",
        "notebook",
        "python",
        "fine-tuning",
        "lora",
        "quantization",
        "gguf",
        "onnx",
        "triton",
        "tensorrt",
        "comfyui",
        "automatic1111",
        "upscaling",
        "video",
        "audio",
        "embeddings",
        "vector-db",
        "agents",
        "langchain",
        "llamaindex",
        "openai-api",
        "gradio",
        "streamlit",
        "fastapi",
        "docker",
        "ray",
        "spark",
        "dask",
        "blender",
        "rendering",
        "3d",
        "computer-vision",
        "yolo",
        "segmentation",
        "ocr",
        "translation",
        "code",
        "mistral",
        "llama",
        "qwen",
        "gemma",
        "deepseek",
        "phi",
        "text-generation",
        "inpainting",
        "controlnet",
        "animatediff",
        "voice",
        "music",
        "kohya",
        "dreambooth",
        "deepspeed",
        "fsdp",
        "multi-gpu",
        "a100",
        "h100",
        "rtx4090",
        "flash-attention",
        "bitsandbytes",
        "awq",
        "gptq",
        "exllama",
        "sglang",
        "tgi",
        "llama-cpp",
        "alphafold",
        "genomics",
        "bioinformatics",
        "research"
    };
    private static final String[] LICENSES = {"MIT", "Apache-2.0", "GPL-3.0", "BSD-3-Clause", "CC-BY-4.0", "proprietary"
    };

    /** Categories with a weight each: inference and image generation dominate a GPU marketplace. */
    private static final Map<String, Integer> CATEGORY_WEIGHTS = Map.ofEntries(
            Map.entry("llm-inference", 20),
            Map.entry("image-generation", 18),
            Map.entry("training", 10),
            Map.entry("fine-tuning", 10),
            Map.entry("development", 10),
            Map.entry("audio", 8),
            Map.entry("video", 7),
            Map.entry("data-science", 7),
            Map.entry("research", 4),
            Map.entry("bioinformatics", 3),
            Map.entry("other", 3));

    private final Random random;
    private final List<String> weightedCategories = new ArrayList<>();
    private final ObjectMapper json = JsonMapper.builder().build();

    private MarketplaceSearchHttpBenchmark(long seed) {
        this.random = new Random(seed);
        for (String category : Categories.ALL) {
            for (int i = 0; i < CATEGORY_WEIGHTS.getOrDefault(category, 1); i++) {
                weightedCategories.add(category);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int templates = intArg(args, "--templates", 100_000);
        int publishers = intArg(args, "--publishers", 500);
        int queries = intArg(args, "--queries", 3_000);
        int warmup = intArg(args, "--warmup", 2_000);
        int clients = intArg(args, "--clients", 8);
        int concurrentQueries = intArg(args, "--concurrent-queries", 4_000);
        int profile = intArg(args, "--profile", 500);
        boolean rebuildProfile = intArg(args, "--rebuild-profile", 0) != 0;
        long seed = intArg(args, "--seed", 42);
        if (System.getenv("DATABASE_URL") != null) {
            throw new IllegalStateException("DATABASE_URL is set: unset it to measure the embedded H2 default");
        }

        MarketplaceSearchHttpBenchmark bench = new MarketplaceSearchHttpBenchmark(seed);
        log(
                "machine: %d CPUs seen by the JVM, load average %s; %s %s (%s), GC %s, max heap %.0f MiB",
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                System.getProperty("java.vm.name"),
                Runtime.version(),
                System.getProperty("java.vendor"),
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")),
                Runtime.getRuntime().maxMemory() / 1048576.0);

        Path dataDir = Files.createTempDirectory("dumont-marketplace-bench-");
        ConfigurableApplicationContext context = null;
        try {
            long t0 = System.nanoTime();
            context = new SpringApplicationBuilder(DumontApplication.class)
                    .run(
                            "--server.port=0",
                            // application.yaml's default URL, with its options, in the bench's own data dir.
                            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("bench")
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                            "--dumont.data-dir=" + dataDir,
                            "--logging.level.root=warn");
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            log("application started in %.1f s on port %d; database %s", seconds(t0), port, jdbcUrl(context));
            bench.run(
                    context,
                    port,
                    templates,
                    publishers,
                    queries,
                    warmup,
                    clients,
                    concurrentQueries,
                    profile,
                    rebuildProfile);
        } finally {
            if (context != null) {
                long t = System.nanoTime();
                context.close();
                log("application closed in %.1f s", seconds(t));
            }
            deleteRecursively(dataDir);
        }
    }

    private void run(
            ConfigurableApplicationContext context,
            int port,
            int templates,
            int publishers,
            int queries,
            int warmup,
            int clients,
            int concurrentQueries,
            int profile,
            boolean rebuildProfile)
            throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

        long t1 = System.nanoTime();
        List<UUID> ids = insertTemplates(jdbc, tx, templates, publishers);
        log(
                "inserted %,d community templates of %,d publishers (with users, versions, counters and %d featured)"
                        + " in %.1f s with batched JDBC; templates in the database: %,d",
                ids.size(),
                publishers,
                FEATURED,
                seconds(t1),
                jdbc.queryForObject("select count(*) from templates", Long.class));

        String base = "http://127.0.0.1:" + port;
        HttpClient client = client();
        checkRoundTrip(client, base, jdbc, ids.get(ids.size() / 2));

        TemplateSearchIndex index = context.getBean(TemplateSearchIndex.class);
        long t2 = System.nanoTime();
        context.getBean(SearchIndexer.class).rebuild();
        double rebuildSeconds = seconds(t2);
        log("SearchIndexer.rebuild(): %.1f s for %,d listed templates in the index", rebuildSeconds, index.size());
        if (rebuildProfile) {
            profileRebuild(context, jdbc);
        }

        List<String> warmupQueries = queries(warmup);
        List<String> measuredQueries = queries(queries);
        long t3 = System.nanoTime();
        Run warm = sequential(client, base, warmupQueries);
        log(
                "warm-up: %,d requests in %.1f s, not counted (p50 %.1f ms, p95 %.1f ms over the last half)",
                warmupQueries.size(), seconds(t3), at(warm.lastHalf(), 0.50), at(warm.lastHalf(), 0.95));

        String loadBefore = loadAverage();
        long t4 = System.nanoTime();
        long[] gcBefore = gcCountAndMillis();
        Run measured = sequential(client, base, measuredQueries);
        String sequentialGc = gcSince(gcBefore);
        double sequentialSeconds = seconds(t4);
        log(
                "sequential: %,d requests from one client, one at a time, in %.1f s (%,.0f req/s); load average"
                        + " before %s, after %s",
                measured.latencies.length,
                sequentialSeconds,
                measured.latencies.length / sequentialSeconds,
                loadBefore,
                loadAverage());
        log(
                "  latency ms (request sent to body read): %s; matches per query %,d on average, %,d with no"
                        + " item; body %,d bytes on average",
                percentiles(measured.latencies),
                measured.totalMatches / measured.latencies.length,
                measured.empty,
                measured.bodyBytes / measured.latencies.length);
        log("  GC meanwhile: %s; slowest: %s", sequentialGc, measured.slowest(measuredQueries, 3));

        Breakdown breakdown = profile > 0 ? profile(context, queries(profile)) : null;

        Run concurrent = null;
        double concurrentSeconds = 0;
        if (clients > 0 && concurrentQueries > 0) {
            List<String> concurrentList = queries(concurrentQueries);
            long t5 = System.nanoTime();
            long[] gcBeforeConcurrent = gcCountAndMillis();
            concurrent = concurrent(base, concurrentList, clients);
            String concurrentGc = gcSince(gcBeforeConcurrent);
            concurrentSeconds = seconds(t5);
            log(
                    "concurrent: %,d requests from %d clients (each one at a time on its own connection) in %.1f s:"
                            + " %,.0f req/s",
                    concurrent.latencies.length,
                    clients,
                    concurrentSeconds,
                    concurrent.latencies.length / concurrentSeconds);
            log("  latency ms: %s; GC meanwhile: %s", percentiles(concurrent.latencies), concurrentGc);
            log("  slowest: %s", concurrent.slowest(concurrentList, 3));
            log("  the server's own timer of these requests (http.server.requests): %s", serverTimer(client, base));
        }

        System.gc();
        Runtime runtime = Runtime.getRuntime();
        double heapMiB = (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
        log(
                "heap used after GC: %.0f MiB (committed %.0f MiB, max %.0f MiB), process RSS %s; the client shares"
                        + " this JVM, the index's files are memory-mapped outside the heap",
                heapMiB, runtime.totalMemory() / 1048576.0, runtime.maxMemory() / 1048576.0, rss());

        long[] sorted = measured.latencies.clone();
        Arrays.sort(sorted);
        double p95 = at(sorted, 0.95);
        System.out.println("-".repeat(100));
        log(
                "SUMMARY %,d templates in the database (%,d listed in the index); %d CPUs; %s",
                jdbc.queryForObject("select count(*) from templates", Long.class),
                index.size(),
                runtime.availableProcessors(),
                Runtime.version());
        log(
                "  keyword query + category filter, one client, %,d requests: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms",
                sorted.length, at(sorted, 0.50), p95, at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        if (concurrent != null) {
            long[] c = concurrent.latencies.clone();
            Arrays.sort(c);
            log(
                    "  %d concurrent clients: %,.0f req/s, p50 %.1f  p95 %.1f  p99 %.1f ms",
                    clients, c.length / concurrentSeconds, at(c, 0.50), at(c, 0.95), at(c, 0.99));
        }
        if (breakdown != null) {
            log(
                    "  inside the server, p50 / p95 ms: index search %.1f / %.1f, Browse.search (index + page from"
                            + " the database) %.1f / %.1f",
                    at(breakdown.index, 0.5),
                    at(breakdown.index, 0.95),
                    at(breakdown.browse, 0.5),
                    at(breakdown.browse, 0.95));
        }
        log("  index rebuild %.1f s; heap after GC %.0f MiB", rebuildSeconds, heapMiB);
        log("  target p95 < %.0f ms: %s (p95 %.1f ms)", TARGET_P95_MS, p95 < TARGET_P95_MS ? "PASS" : "MISS", p95);
    }

    // --- data -----------------------------------------------------------------------------------------------------

    private record Source(UUID id, String version) {}

    /**
     * Writes publishers (each with its user), templates, their first version, their counters and a few featured
     * entries, in transactions of {@link #BATCH} templates. Each template borrows the launch spec of one of the official
     * templates the application synced at startup (copied in SQL, so the JSON is exactly what the application wrote),
     * and gets generated metadata.
     */
    private List<UUID> insertTemplates(JdbcTemplate jdbc, TransactionTemplate tx, int count, int publishers) {
        List<Source> sources = jdbc.query(
                "select t.id, t.current_version from templates t join publishers p on p.id = t.publisher_id"
                        + " where p.official = true order by t.slug",
                (rs, n) -> new Source(rs.getObject(1, UUID.class), rs.getString(2)));
        if (sources.isEmpty()) {
            throw new IllegalStateException("no official template to borrow launch specs from");
        }
        Instant now = Instant.now();

        List<UUID> publisherIds = new ArrayList<>();
        List<String[]> publisherNames = new ArrayList<>();
        List<Object[]> users = new ArrayList<>();
        List<Object[]> publisherRows = new ArrayList<>();
        for (int i = 0; i < publishers; i++) {
            String first = pick(FIRST_NAMES);
            String last = pick(LAST_NAMES);
            String handle = (first + "-" + last).toLowerCase(Locale.ROOT) + "-" + i;
            UUID userId = UUID.randomUUID();
            UUID publisherId = UUID.randomUUID();
            Timestamp joined = Timestamp.from(now.minus(Duration.ofDays(30 + random.nextInt(600))));
            users.add(new Object[] {
                userId, handle + "@bench.example", "{noop}not-a-login", first + " " + last, "USER", joined
            });
            publisherRows.add(new Object[] {publisherId, handle, first + " " + last, userId, joined});
            publisherIds.add(publisherId);
            publisherNames.add(new String[] {handle, first + " " + last});
        }
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate(
                    "insert into users (id, email, password_hash, display_name, role, created_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    users);
            jdbc.batchUpdate(
                    "insert into publishers (id, handle, name, official, user_id, created_at)"
                            + " values (?, ?, ?, false, ?, ?)",
                    publisherRows);
        });

        String insertTemplate = "insert into templates (id, publisher_id, slug, name, description, category, tags,"
                + " icon, visibility, current_version, docker_image, launch_mode, launch_command, launch_args, ports,"
                + " volumes, env_vars, gpu_min_vram, gpu_recommended_vram, cuda_version, disk_gb, app_auth,"
                + " first_boot_download_gb, first_boot_minutes, first_boot_note, documentation_url, guide_markdown,"
                + " created_at, updated_at, architectures, regions, license, maintenance_status, forked_from_id,"
                + " forked_from_version)"
                + " select ?, ?, ?, ?, ?, ?, ? format json, s.icon, 'public', s.current_version, s.docker_image,"
                + " s.launch_mode, s.launch_command, s.launch_args, s.ports, s.volumes, s.env_vars, s.gpu_min_vram,"
                + " s.gpu_recommended_vram, s.cuda_version, s.disk_gb, s.app_auth, s.first_boot_download_gb,"
                + " s.first_boot_minutes, s.first_boot_note, ?, ?, ?, ?, ? format json, ? format json, ?, ?, ?, ?"
                + " from templates s where s.id = ?";
        String insertVersion = "insert into template_versions (id, template_id, version, launch_spec, spec_hash,"
                + " changelog, yanked, created_at)"
                + " select ?, ?, v.version, v.launch_spec, v.spec_hash, ?, false, ?"
                + " from template_versions v where v.template_id = ? and v.version = ?";
        String insertStats = "insert into template_stats (template_id, rating_sum, rating_count, launches, ready,"
                + " failed, trend_weight) values (?, ?, ?, ?, ?, ?, ?)";

        List<UUID> ids = new ArrayList<>(count);
        for (int start = 0; start < count; start += BATCH) {
            int end = Math.min(count, start + BATCH);
            List<Object[]> templateRows = new ArrayList<>();
            List<Object[]> versionRows = new ArrayList<>();
            List<Object[]> statsRows = new ArrayList<>();
            for (int i = start; i < end; i++) {
                UUID id = UUID.randomUUID();
                Source source = sources.get(random.nextInt(sources.size()));
                int publisher = (int) Math.min(publishers - 1, Math.pow(random.nextDouble(), 2) * publishers);
                String name = name();
                String category = weightedCategories.get(random.nextInt(weightedCategories.size()));
                List<String> tags = distinct(2 + random.nextInt(5), TAGS);
                List<String> architectures = random.nextInt(10) < 3 ? List.of("x86_64", "arm64") : List.of("x86_64");
                List<String> regions = distinct(1 + random.nextInt(3), REGIONS);
                Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 500)));
                Instant updated = created.plus(Duration.ofMinutes(
                        random.nextInt((int) Duration.between(created, now).toMinutes() + 1)));
                boolean fork = !ids.isEmpty() && random.nextInt(20) == 0;
                templateRows.add(new Object[] {
                    id,
                    publisherIds.get(publisher),
                    slug(name, i),
                    name,
                    description(name, tags),
                    category,
                    json.writeValueAsString(tags),
                    random.nextInt(4) == 0
                            ? "https://github.com/" + publisherNames.get(publisher)[0]
                            : null,
                    readme(name, tags, 150 + random.nextInt(350)),
                    Timestamp.from(created),
                    Timestamp.from(updated),
                    json.writeValueAsString(architectures),
                    json.writeValueAsString(regions),
                    pick(LICENSES),
                    random.nextInt(25) == 0 ? "deprecated" : "active",
                    fork ? ids.get(random.nextInt(ids.size())) : null,
                    fork ? "1.0.0" : null,
                    source.id()
                });
                versionRows.add(new Object[] {
                    UUID.randomUUID(), id, "First release.", Timestamp.from(created), source.id(), source.version()
                });
                statsRows.add(stats(id, now));
                ids.add(id);
            }
            tx.executeWithoutResult(s -> {
                check(jdbc.batchUpdate(insertTemplate, templateRows), "templates");
                check(jdbc.batchUpdate(insertVersion, versionRows), "template_versions");
                jdbc.batchUpdate(insertStats, statsRows);
            });
        }
        // A few featured templates, as admins would pick them: every page's summaries look the featured ones up.
        UUID admin = jdbc.queryForObject("select id from users where role = 'ADMIN' order by created_at", UUID.class);
        List<Object[]> featured = new ArrayList<>();
        for (int position = 0; position < FEATURED; position++) {
            featured.add(new Object[] {ids.get(random.nextInt(ids.size())), position, admin, Timestamp.from(now)});
        }
        jdbc.batchUpdate(
                "insert into featured_templates (template_id, position, featured_by, featured_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                featured);
        return ids;
    }

    private static void check(int[] counts, String table) {
        for (int count : counts) {
            if (count != 1) {
                throw new IllegalStateException("a batched insert into " + table + " wrote " + count + " rows");
            }
        }
    }

    /** Counters: launches spread over five orders of magnitude, ratings on some, recent launches weighted. */
    private Object[] stats(UUID id, Instant now) {
        long launches = (long) Math.pow(10, random.nextDouble() * 5) - 1;
        int ratingCount = (int) (launches / (5 + random.nextInt(20)));
        long ratingSum = Math.round(ratingCount * (2.5 + random.nextDouble() * 2.5));
        long ready = launches * (80 + random.nextInt(20)) / 100;
        long failed = launches - ready;
        // TemplateStats adds 2^(t / 3 days) from 2026-01-01 per launch; say a tenth of them happened lately.
        double recentLaunches = launches / 10.0;
        Instant lately = now.minus(Duration.ofHours(random.nextInt(24 * 30)));
        double weight = Math.pow(
                2,
                (double) Duration.between(Instant.parse("2026-01-01T00:00:00Z"), lately)
                                .toMillis()
                        / Duration.ofDays(3).toMillis());
        return new Object[] {id, ratingSum, ratingCount, launches, ready, failed, recentLaunches * weight};
    }

    /** The API must read what was written: tags as a JSON array, the borrowed launch spec, the counters. */
    private void checkRoundTrip(HttpClient client, String base, JdbcTemplate jdbc, UUID id)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/marketplace/templates/" + id))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET a generated template answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode template = json.readTree(response.body());
        JsonNode tags = template.get("tags");
        String storedTags = jdbc.queryForObject("select tags from templates where id = ?", String.class, id);
        if (tags == null
                || !tags.isArray()
                || tags.isEmpty()
                || !tags.toString().equals(storedTags)) {
            throw new IllegalStateException(
                    "tags did not come back as the JSON array written (" + storedTags + "): " + tags);
        }
        if (!template.get("architectures").isArray()
                || template.get("spec") == null
                || !template.get("spec").get("ports").isArray()) {
            throw new IllegalStateException("architectures or the launch spec did not come back: " + response.body());
        }
        log(
                "round trip: GET /api/v1/marketplace/templates/%s answers 200 with tags %s, architectures %s, %d"
                        + " ports in its spec, rating %s, %s launches",
                id,
                tags,
                template.get("architectures"),
                template.get("spec").get("ports").size(),
                template.get("rating"),
                template.get("launches"));
    }

    // --- load -----------------------------------------------------------------------------------------------------

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Latencies in nanoseconds, in the order sent, with what the answers held. */
    private record Run(long[] latencies, long[] starts, long totalMatches, long empty, long bodyBytes) {

        /** The slowest requests: latency, when they were sent (seconds into the run) and what they asked for. */
        String slowest(List<String> paths, int count) {
            return java.util.stream.IntStream.range(0, latencies.length)
                    .boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> latencies[i])
                            .reversed())
                    .limit(count)
                    .map(i -> String.format(
                            Locale.ROOT,
                            "%.0f ms at %.1f s (%s)",
                            latencies[i] / 1e6,
                            starts[i] / 1e9,
                            paths.get(i).substring(paths.get(i).indexOf('?') + 1)))
                    .collect(Collectors.joining(", "));
        }

        long[] lastHalf() {
            long[] half = Arrays.copyOfRange(latencies, latencies.length / 2, latencies.length);
            Arrays.sort(half);
            return half;
        }
    }

    /** One client sends each request when the previous answer has been read, as a user does. */
    private Run sequential(HttpClient client, String base, List<String> paths) throws Exception {
        long[] latencies = new long[paths.size()];
        long[] starts = new long[paths.size()];
        long origin = System.nanoTime();
        long matches = 0;
        long empty = 0;
        long bytes = 0;
        for (int i = 0; i < latencies.length; i++) {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(base + paths.get(i))).build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - start;
            starts[i] = start - origin;
            // Checked after the clock stopped: parsing the answer is the client's work, not the server's.
            JsonNode page = checked(response, paths.get(i));
            matches += page.get("total").asLong();
            empty += page.get("items").isEmpty() ? 1 : 0;
            bytes += response.body().length();
        }
        return new Run(latencies, starts, matches, empty, bytes);
    }

    private JsonNode checked(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode page = json.readTree(response.body());
        if (!page.get("items").isArray() || page.get("total") == null) {
            throw new IllegalStateException("GET " + path + " answered no page: " + response.body());
        }
        return page;
    }

    /** {@code clients} clients, each on its own connection and sending its next request when its last was answered. */
    private Run concurrent(String base, List<String> paths, int clients) throws Exception {
        long[] latencies = new long[paths.size()];
        long[] starts = new long[paths.size()];
        long origin = System.nanoTime();
        AtomicLong empty = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                futures.add(pool.submit(() -> {
                    HttpClient client = client();
                    for (int i = first; i < latencies.length; i += clients) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                                .build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - start;
                        starts[i] = start - origin;
                        // A cheap check: no JSON parsing on the cores the server needs.
                        if (response.statusCode() != 200 || !response.body().startsWith("{\"items\":[")) {
                            throw new IllegalStateException("GET " + paths.get(i) + " answered " + response.statusCode()
                                    + ": " + response.body());
                        }
                        empty.addAndGet(response.body().startsWith("{\"items\":[]") ? 1 : 0);
                        bytes.addAndGet(response.body().length());
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        return new Run(latencies, starts, 0, empty.get(), bytes.get());
    }

    /**
     * What the server's {@code http.server.requests} timer saw of the search endpoint: count, mean and its recent
     * maximum (Micrometer's max decays over two minutes). The timer starts when Spring's filter chain gets the request,
     * so time spent before (accepting, queueing for a thread) is not in it.
     */
    private static String serverTimer(HttpClient client, String base) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "/actuator/prometheus answered " + response.statusCode();
        }
        double count = 0;
        double sum = 0;
        double max = 0;
        for (String line : response.body().lines().toList()) {
            if (!line.startsWith("http_server_requests_seconds")
                    || !line.contains("uri=\"/api/v1/marketplace/templates\"")
                    || !line.contains("status=\"200\"")) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("http_server_requests_seconds_count")) {
                count += value;
            } else if (line.startsWith("http_server_requests_seconds_sum")) {
                sum += value;
            } else if (line.startsWith("http_server_requests_seconds_max")) {
                max = Math.max(max, value);
            }
        }
        return String.format(
                Locale.ROOT,
                "%,.0f requests since start, mean %.1f ms, max of the last minutes %.0f ms",
                count,
                count == 0 ? 0 : sum / count * 1000,
                max * 1000);
    }

    // --- where the time goes --------------------------------------------------------------------------------------

    private record Breakdown(long[] index, long[] browse) {}

    /**
     * Times the parts of a search inside the server's JVM, bypassing HTTP: the index search alone, the whole
     * {@link Browse#search} (index search, then the page's templates, counters, featured flags and fork origins read
     * from the database in one read-only transaction), and the database reads of the page one by one.
     */
    private Breakdown profile(ConfigurableApplicationContext context, List<String> paths) {
        TemplateSearchIndex index = context.getBean(TemplateSearchIndex.class);
        Browse browse = context.getBean(Browse.class);
        TemplateRegistry registry = context.getBean(TemplateRegistry.class);
        TemplateStats stats = context.getBean(TemplateStats.class);
        Featured featured = context.getBean(Featured.class);
        List<SearchQuery> searches = paths.stream().map(this::searchQuery).toList();
        int n = searches.size();
        long[] indexNanos = new long[n];
        long[] browseNanos = new long[n];
        long[] findAllNanos = new long[n];
        long[] statsNanos = new long[n];
        long[] featuredNanos = new long[n];
        for (int round = 0; round < 2; round++) { // the first round warms these call paths up
            for (int i = 0; i < n; i++) {
                SearchQuery query = searches.get(i);
                long a = System.nanoTime();
                SearchHits hits = index.search(query);
                long b = System.nanoTime();
                browse.search(query);
                long c = System.nanoTime();
                registry.findAll(hits.ids());
                long d = System.nanoTime();
                stats.of(hits.ids());
                long e = System.nanoTime();
                featured.featuredIds();
                long f = System.nanoTime();
                indexNanos[i] = b - a;
                browseNanos[i] = c - b;
                findAllNanos[i] = d - c;
                statsNanos[i] = e - d;
                featuredNanos[i] = f - e;
            }
        }
        log("where the time goes, %,d searches called inside the server's JVM (no HTTP), ms:", n);
        log("  index search (Lucene: query, facet counts, top 20)      %s", percentiles(indexNanos));
        log("  Browse.search (index search + page from the database)   %s", percentiles(browseNanos));
        log("  of which, called alone: TemplateRegistry.findAll(20 ids) %s", percentiles(findAllNanos));
        log("                          TemplateStats.of(20 ids)         %s", percentiles(statsNanos));
        log("                          Featured.featuredIds()           %s", percentiles(featuredNanos));
        Arrays.sort(indexNanos);
        Arrays.sort(browseNanos);
        return new Breakdown(indexNanos, browseNanos);
    }

    /**
     * Walks the database the way {@link SearchIndexer#rebuild()} does, page by page of 1,000, timing the registry's
     * page reads and the counters' reads on their own (the rest of a rebuild is the index's work), and prints how H2
     * runs the page query.
     */
    private static void profileRebuild(ConfigurableApplicationContext context, JdbcTemplate jdbc) {
        TemplateRegistry registry = context.getBean(TemplateRegistry.class);
        TemplateStats stats = context.getBean(TemplateStats.class);
        // How H2 runs a page: the index each table is read through (from EXPLAIN's comments).
        String zero = "'00000000-0000-0000-0000-000000000000'";
        String joined = "select t.*, p.* from templates t join publishers p on p.id = t.publisher_id";
        List<String> firstIds = jdbc.queryForList(
                "select cast(id as varchar) from templates order by id fetch first 1000 rows only", String.class);
        log(
                "  H2's plan for one page, keyset on the join (how TemplateRegistry.pageAfter read a page before): %s",
                plan(jdbc, joined + " where t.id > " + zero + " order by t.id fetch first 1000 rows only"));
        log(
                "  H2's plan for one page, ids then rows (TemplateRegistry.pageAfter now): %s, then %s",
                plan(
                        jdbc,
                        "select t.id from templates t where t.id > " + zero
                                + " order by t.id fetch first 1000 rows only"),
                plan(
                        jdbc,
                        joined + " where t.id in ("
                                + firstIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ")"));
        List<Long> pageNanos = new ArrayList<>();
        long statsNanos = 0;
        UUID after = null;
        long rows = 0;
        while (true) {
            long a = System.nanoTime();
            List<cloud.dumont.catalog.StoredTemplate> page = registry.pageAfter(after, BATCH);
            long b = System.nanoTime();
            if (page.isEmpty()) {
                break;
            }
            stats.of(page.stream().map(cloud.dumont.catalog.StoredTemplate::id).toList());
            statsNanos += System.nanoTime() - b;
            pageNanos.add(b - a);
            rows += page.size();
            after = page.getLast().id();
        }
        long pagesTotal = pageNanos.stream().mapToLong(Long::longValue).sum();
        int k = Math.min(5, pageNanos.size());
        log(
                "  rebuild's database reads alone: %,d templates in %d pages, TemplateRegistry.pageAfter %.1f s in all"
                        + " (first %d pages %.0f ms each, last %d pages %.0f ms each), TemplateStats.of %.1f s",
                rows,
                pageNanos.size(),
                pagesTotal / 1e9,
                k,
                pageNanos.subList(0, k).stream()
                                .mapToLong(Long::longValue)
                                .average()
                                .orElse(0)
                        / 1e6,
                k,
                pageNanos.subList(pageNanos.size() - k, pageNanos.size()).stream()
                                .mapToLong(Long::longValue)
                                .average()
                                .orElse(0)
                        / 1e6,
                statsNanos / 1e9);
    }

    private static String plan(JdbcTemplate jdbc, String sql) {
        java.util.regex.Matcher comments = java.util.regex.Pattern.compile("/\\* (.*?) \\*/")
                .matcher(jdbc.queryForObject("explain " + sql, String.class));
        List<String> scans = new ArrayList<>();
        while (comments.find()) {
            String scan = comments.group(1);
            scans.add(scan.length() > 80 ? scan.substring(0, 80) + "..." : scan);
        }
        return "[" + String.join("; ", scans) + "]";
    }

    /** The search a request path asks for, as the controller builds it. */
    private SearchQuery searchQuery(String path) {
        Map<String, String> params = Arrays.stream(
                        path.substring(path.indexOf('?') + 1).split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return new SearchQuery(
                params.get("q"),
                params.get("category"),
                null,
                null,
                null,
                null,
                null,
                SearchSort.RELEVANCE,
                0,
                Integer.parseInt(params.get("size")));
    }

    // --- generated text -------------------------------------------------------------------------------------------

    private String name() {
        StringBuilder name = new StringBuilder();
        if (random.nextInt(10) < 6) {
            name.append(pick(ADJECTIVES)).append(' ');
        }
        name.append(pick(SUBJECTS));
        if (random.nextInt(10) < 4) {
            name.append(' ').append(pick(SUBJECTS));
        }
        if (random.nextInt(10) < 6) {
            name.append(' ').append(pick(SUFFIXES));
        }
        return name.toString();
    }

    private static String slug(String name, int i) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + i;
    }

    private String description(String name, List<String> tags) {
        return name + " for " + String.join(", ", tags) + ": " + sentence(12 + random.nextInt(15));
    }

    private String readme(String name, List<String> tags, int words) {
        StringBuilder readme = new StringBuilder("# ").append(name).append("\n\n");
        int written = 0;
        while (written < words) {
            int length = 8 + random.nextInt(12);
            readme.append(sentence(length));
            if (random.nextInt(4) == 0) {
                readme.append(" Works with ")
                        .append(tags.get(random.nextInt(tags.size())))
                        .append('.');
            }
            if (random.nextInt(6) == 0) {
                readme.append(" See ")
                        .append(pick(SUBJECTS))
                        .append(" and ")
                        .append(pick(TAGS))
                        .append('.');
            }
            readme.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            written += length;
        }
        return readme.toString();
    }

    /** Words drawn from {@link #PROSE} with a skewed (Zipf-like) frequency, as in real text. */
    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = PROSE[(int) (Math.pow(random.nextDouble(), 2.2) * PROSE.length)];
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            sentence.append(i == 0 ? "" : " ").append(word);
        }
        return sentence.append('.').toString();
    }

    // --- queries --------------------------------------------------------------------------------------------------

    /**
     * Request paths as a user's searches: one or two words from names and tags (a third of them with one typo), a
     * category filter, the first page of 20, by relevance.
     */
    private List<String> queries(int count) {
        List<String> paths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> words = new ArrayList<>();
            int wordCount = 1 + random.nextInt(2);
            for (int w = 0; w < wordCount; w++) {
                words.add(queryWord());
            }
            if (random.nextInt(3) == 0) {
                int w = random.nextInt(words.size());
                words.set(w, typo(words.get(w)));
            }
            String category = weightedCategories.get(random.nextInt(weightedCategories.size()));
            paths.add("/api/v1/marketplace/templates?q=" + encode(String.join(" ", words)) + "&category="
                    + encode(category) + "&size=20");
        }
        return paths;
    }

    private String queryWord() {
        int source = random.nextInt(10);
        String word;
        if (source < 5) {
            word = pick(SUBJECTS).split(" ")[0];
        } else if (source < 8) {
            word = pick(TAGS).replace('-', ' ');
        } else {
            word = pick(ADJECTIVES);
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** One edit: swap two neighbours, drop, double or replace a letter (words of five letters or more). */
    private String typo(String word) {
        if (word.length() < 5) {
            return word;
        }
        char[] chars = word.toCharArray();
        int at = 1 + random.nextInt(chars.length - 2);
        return switch (random.nextInt(4)) {
            case 0 -> {
                char c = chars[at];
                chars[at] = chars[at + 1];
                chars[at + 1] = c;
                yield new String(chars);
            }
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
        };
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private List<String> distinct(int count, String[] values) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, values.length)) {
            picked.add(pick(values));
        }
        return List.copyOf(picked);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String jdbcUrl(ConfigurableApplicationContext context) throws SQLException {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:file:")) {
                throw new IllegalStateException("not the embedded H2 file database: " + url);
            }
            return url;
        }
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The process's resident memory, and how much of it is anonymous (heap, metaspace...) and file-backed (mmap). */
    private static String rss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            Map<String, Long> kb = lines.filter(
                            l -> l.startsWith("VmRSS:") || l.startsWith("RssAnon:") || l.startsWith("RssFile:"))
                    .collect(Collectors.toMap(
                            l -> l.substring(0, l.indexOf(':')), l -> Long.parseLong(l.replaceAll("[^0-9]", ""))));
            return String.format(
                    Locale.ROOT,
                    "%.0f MiB (anonymous %.0f MiB, file-backed %.0f MiB)",
                    kb.getOrDefault("VmRSS", 0L) / 1024.0,
                    kb.getOrDefault("RssAnon", 0L) / 1024.0,
                    kb.getOrDefault("RssFile", 0L) / 1024.0);
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Collections so far and their time in ms, over every collector (G1's concurrent cycles included). */
    private static long[] gcCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static String gcSince(long[] before) {
        long[] now = gcCountAndMillis();
        return String.format(Locale.ROOT, "%d collections, %d ms in all", now[0] - before[0], now[1] - before[1]);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[marketplace-bench] " + format + "%n", args);
    }
}
