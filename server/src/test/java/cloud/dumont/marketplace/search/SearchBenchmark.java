package cloud.dumont.marketplace.search;

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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Benchmark of {@link TemplateSearchIndex} at marketplace scale, run by {@code bench/search.sh}: generates realistic
 * templates (names and tags from word lists, ten categories, READMEs of a few hundred words), bulk-indexes them, warms
 * up, then times keyword queries that each carry a facet filter (a third of them with a typo) one at a time, and
 * single upserts on the full index. Prints indexing time, index size on disk, query latency percentiles and heap use.
 *
 * <p>Arguments (all optional): {@code --templates N} (default 100000), {@code --queries N} measured queries (default
 * 5000), {@code --warmup N} unmeasured queries (default 3000), {@code --upserts N} timed single upserts (default 200),
 * {@code --seed N} (default 42). Not a test: its name keeps it out of Surefire's runs.
 */
public final class SearchBenchmark {

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
        "Stable Video",
        "Text Generation",
        "Voice Clone",
        "Image Captioning",
        "Code Assistant",
        "Search",
        "Translator"
    };
    private static final String[] CATEGORIES = {
        "llm-inference",
        "image-generation",
        "training",
        "notebooks",
        "audio",
        "video",
        "embeddings",
        "agents",
        "data-science",
        "rendering"
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
        "image-to-image",
        "inpainting",
        "controlnet",
        "animatediff",
        "voice",
        "music",
        "bark",
        "rvc",
        "kohya",
        "dreambooth",
        "deepspeed",
        "fsdp",
        "megatron",
        "nccl",
        "multi-gpu",
        "a100",
        "h100",
        "rtx4090",
        "cpu-offload",
        "flash-attention",
        "bitsandbytes",
        "awq",
        "gptq",
        "exllama",
        "sglang",
        "tgi",
        "llama-cpp"
    };
    private static final SearchSort[] QUERY_SORTS = {
        SearchSort.RELEVANCE, SearchSort.RELEVANCE, SearchSort.RELEVANCE, SearchSort.RELEVANCE, SearchSort.RELEVANCE,
        SearchSort.RELEVANCE, SearchSort.POPULAR, SearchSort.RATING, SearchSort.RECENT, SearchSort.TRENDING
    };

    private final Random random;

    private SearchBenchmark(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        int templates = intArg(args, "--templates", 100_000);
        int queries = intArg(args, "--queries", 5_000);
        int warmup = intArg(args, "--warmup", 3_000);
        int upserts = intArg(args, "--upserts", 200);
        long seed = intArg(args, "--seed", 42);
        SearchBenchmark bench = new SearchBenchmark(seed);

        long t0 = System.nanoTime();
        List<SearchDocument> documents = new ArrayList<>(templates);
        for (int i = 0; i < templates; i++) {
            documents.add(bench.template(i));
        }
        long readmeWords =
                documents.stream().mapToLong(d -> d.readme().split(" ").length).sum();
        log(
                "generated %,d templates in %.1f s (READMEs %,d words on average)",
                templates, seconds(t0), readmeWords / Math.max(1, templates));

        Path directory = Files.createTempDirectory("dumont-search-bench-");
        try (TemplateSearchIndex index = new TemplateSearchIndex(directory)) {
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            index.upsertAll(documents);
            double indexSeconds = seconds(t1);
            log(
                    "indexed %,d templates with one upsertAll in %.2f s (%,.0f templates/s), using %.1f s of CPU;"
                            + " index on disk %.1f MiB in %d files",
                    index.size(),
                    indexSeconds,
                    templates / indexSeconds,
                    (processCpuNanos() - cpu1) / 1e9,
                    bytesUnder(directory) / 1048576.0,
                    filesUnder(directory));
            printSamples(index, documents);
            List<SearchDocument> updates = documents.stream()
                    .limit(upserts)
                    .map(bench::withMoreLaunches)
                    .toList();
            documents = null; // only the index should remain on the heap from here on

            List<SearchQuery> warmupQueries = bench.queries(warmup);
            List<SearchQuery> measuredQueries = bench.queries(queries);
            long t2 = System.nanoTime();
            for (SearchQuery query : warmupQueries) {
                index.search(query);
            }
            log("warm-up: %,d queries in %.1f s (not counted)", warmup, seconds(t2));

            long[] latencies = new long[measuredQueries.size()];
            long totalHits = 0;
            long emptyResults = 0;
            long t3 = System.nanoTime();
            long cpu3 = processCpuNanos();
            for (int i = 0; i < latencies.length; i++) {
                long start = System.nanoTime();
                SearchHits hits = index.search(measuredQueries.get(i));
                latencies[i] = System.nanoTime() - start;
                totalHits += hits.total();
                emptyResults += hits.ids().isEmpty() ? 1 : 0;
            }
            double querySeconds = seconds(t3);
            double cpuPerQueryMs = (processCpuNanos() - cpu3) / 1e6 / Math.max(1, latencies.length);
            log(
                    "measured %,d queries, one at a time, in %.1f s (%,.0f queries/s on one thread, %.2f ms of process"
                            + " CPU per query); matches per query %,d on average; %,d with no match",
                    latencies.length,
                    querySeconds,
                    latencies.length / querySeconds,
                    cpuPerQueryMs,
                    totalHits / Math.max(1, latencies.length),
                    emptyResults);
            log("query latency ms: %s", percentiles(latencies));

            long[] upsertLatencies = new long[updates.size()];
            for (int i = 0; i < upsertLatencies.length; i++) {
                long start = System.nanoTime();
                index.upsert(updates.get(i));
                upsertLatencies[i] = System.nanoTime() - start;
            }
            log(
                    "single upsert (with the refresh that makes it visible) on the full index, %d times, ms: %s",
                    upsertLatencies.length, percentiles(upsertLatencies));
            log("index size after upserts: %,d templates", index.size());

            System.gc();
            Runtime runtime = Runtime.getRuntime();
            log(
                    "heap used after GC with the index open: %.0f MiB (max heap %.0f MiB); index files are"
                            + " memory-mapped, outside the heap",
                    (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.maxMemory() / 1048576.0);
        } finally {
            deleteRecursively(directory);
        }
    }

    /** A few queries with their best hits, to see at a glance that ranking makes sense at this scale. */
    private static void printSamples(TemplateSearchIndex index, List<SearchDocument> documents) {
        Map<UUID, SearchDocument> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        List<SearchQuery> samples = List.of(
                new SearchQuery("pytorch diffusion", "image-generation", null, null, null, null, null, null, 0, 3),
                new SearchQuery("stabel difusion", null, null, null, null, null, null, null, 0, 3),
                new SearchQuery("jupyterlb", "notebooks", null, null, null, null, null, null, 0, 3),
                new SearchQuery("whisper", null, "tts", null, null, 4.0, null, SearchSort.POPULAR, 0, 3));
        for (SearchQuery sample : samples) {
            SearchHits hits = index.search(sample);
            String best = hits.ids().stream()
                    .map(byId::get)
                    .map(d -> "\"" + d.name() + "\" [" + d.category() + "; " + String.join(", ", d.tags()) + "]")
                    .collect(Collectors.joining(", "));
            log(
                    "sample: \"%s\" (category %s, tag %s, sort %s): %,d matches; first: %s",
                    sample.text(),
                    sample.category(),
                    sample.tag(),
                    sample.sort() == null ? "RELEVANCE" : sample.sort(),
                    hits.total(),
                    best);
        }
    }

    // --- templates ------------------------------------------------------------------------------------------------

    private SearchDocument template(int i) {
        String name = name();
        String category = pick(CATEGORIES);
        List<String> tags = tags();
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        List<String> architectures = random.nextInt(10) < 3 ? List.of("amd64", "arm64") : List.of("amd64");
        List<String> regions = distinct(1 + random.nextInt(3), REGIONS);
        long launches = (long) Math.pow(10, random.nextDouble() * 5);
        int ratingCount = (int) (launches / (5 + random.nextInt(20)));
        double rating = ratingCount == 0 ? 0 : Math.round((2.5 + random.nextDouble() * 2.5) * 10) / 10.0;
        Instant created = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(700_000)));
        Instant updated = created.plus(Duration.ofMinutes(random.nextInt(100_000)));
        double trendWeight = launches * Math.pow(2, (random.nextDouble() * 60 - 30) / 3);
        return new SearchDocument(
                new UUID(random.nextLong(), random.nextLong()),
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + i,
                name,
                description(name, tags),
                tags,
                (first + "_" + last).toLowerCase(Locale.ROOT) + (i % 97),
                first + " " + last,
                readme(name, tags, 150 + random.nextInt(350)),
                category,
                architectures,
                regions,
                random.nextInt(50) == 0,
                rating,
                ratingCount,
                launches,
                trendWeight,
                created,
                updated);
    }

    private SearchDocument withMoreLaunches(SearchDocument d) {
        return new SearchDocument(
                d.id(),
                d.slug(),
                d.name(),
                d.description(),
                d.tags(),
                d.authorHandle(),
                d.authorName(),
                d.readme(),
                d.category(),
                d.architectures(),
                d.regions(),
                d.official(),
                d.ratingAverage(),
                d.ratingCount(),
                d.launches() + 1,
                d.trendWeight() + 1,
                d.createdAt(),
                Instant.now());
    }

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

    private List<String> tags() {
        return distinct(2 + random.nextInt(5), TAGS);
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
     * Keyword queries as users type them: one to three words from names, tags and README prose, a third of them with
     * one typo, each with one facet filter (category most often, else tag or architecture), sorted by relevance
     * mostly, first page of 20.
     */
    private List<SearchQuery> queries(int count) {
        List<SearchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int words = 1 + random.nextInt(3);
            List<String> text = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                text.add(queryWord());
            }
            if (random.nextInt(3) == 0) {
                int w = random.nextInt(text.size());
                text.set(w, typo(text.get(w)));
            }
            String category = null;
            String tag = null;
            String architecture = null;
            int filter = random.nextInt(10);
            if (filter < 7) {
                category = pick(CATEGORIES);
            } else if (filter < 9) {
                tag = pick(TAGS);
            } else {
                architecture = "arm64";
            }
            queries.add(new SearchQuery(
                    String.join(" ", text),
                    category,
                    tag,
                    architecture,
                    null,
                    random.nextInt(10) == 0 ? 4.0 : null,
                    null,
                    pick(QUERY_SORTS),
                    0,
                    20));
        }
        return queries;
    }

    private String queryWord() {
        int source = random.nextInt(10);
        String word;
        if (source < 5) {
            String subject = pick(SUBJECTS);
            word = subject.split(" ")[0];
        } else if (source < 8) {
            word = pick(TAGS).replace('-', ' ');
        } else if (source < 9) {
            word = pick(ADJECTIVES);
        } else {
            word = PROSE[random.nextInt(PROSE.length)];
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

    /** The nearest-rank percentile, in milliseconds. */
    private static long bytesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static long filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** CPU time of all the JVM's threads so far: unlike wall time, hardly changed by other load on the machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[search-bench] " + format + "%n", args);
    }
}
