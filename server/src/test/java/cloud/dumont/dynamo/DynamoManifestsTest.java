package cloud.dumont.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.platform.ProblemException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Manifest generation, without Spring: every engine × mode × router against the schema, and the official shapes. */
class DynamoManifestsTest {

    static final ModelResponse QWEN = new ModelResponse(
            "Qwen/Qwen3-0.6B",
            "Qwen3 0.6B",
            "small",
            "0.6B",
            "text-generation",
            600_000_000L,
            32768,
            "apache-2.0",
            List.of("vllm", "sglang", "trtllm"),
            4,
            "4GB",
            false);

    static final ModelResponse LLAMA_GATED = new ModelResponse(
            "meta-llama/Llama-3.2-1B-Instruct",
            "Llama 3.2 1B",
            "gated",
            "1B",
            "chat",
            1_240_000_000L,
            131072,
            "llama3.2",
            List.of("vllm", "sglang", "trtllm"),
            4,
            "4GB",
            true);

    static final ModelResponse DEEPSEEK_8B = new ModelResponse(
            "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
            "DeepSeek R1 Distill 8B",
            "reasoning",
            "8B",
            "chat",
            8_030_000_000L,
            16384,
            "mit",
            List.of("vllm", "sglang"),
            16,
            "16GB",
            false);

    private static final DynamoProperties PROPERTIES = new DynamoProperties("1.3.1", null, null);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final ConfigResolver resolver = new ConfigResolver(PROPERTIES);
    private final DynamoManifests manifests = new DynamoManifests(PROPERTIES);
    private final ManifestSchema schema = new ManifestSchema();

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (String engine : List.of("vllm", "sglang", "trtllm")) {
            for (String mode : List.of("aggregated", "disaggregated")) {
                for (String router : List.of("none", "kv", "round-robin")) {
                    all.add(Arguments.of(engine, mode, router));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} router={2}")
    @MethodSource("everyCombination")
    void everyEngineModeAndRouterMakesAManifestTheSchemaAndTheOperatorAccept(
            String engine, String mode, String router) {
        DynamoDeploymentConfig config = new DynamoDeploymentConfig(
                null, "llm", engine, mode, 2, null, router, "hf-token-secret", 8192, null, null, null, null, 2, "24Gi");

        Map<String, Object> manifest = manifests.manifest(resolver.resolve(QWEN, config));

        assertThat(schema.violations(manifest)).isEmpty();
        assertThat(OperatorChecks.check(manifest)).isEmpty();
        JsonNode m = JSON.valueToTree(manifest);
        assertThat(m.get("apiVersion").asString()).isEqualTo("nvidia.com/v1alpha1");
        assertThat(m.get("spec").get("backendFramework").asString()).isEqualTo(engine);
        JsonNode services = m.get("spec").get("services");
        assertThat(services.propertyNames()).hasSize(mode.equals("aggregated") ? 2 : 3);
        assertThat(m.toString()).doesNotContain("dynamoNamespace");
        String name = m.get("metadata").get("name").asString();
        services.propertyNames()
                .forEach(key -> assertThat(name.length() + key.length()).isLessThanOrEqualTo(45));

        JsonNode frontend = services.get("Frontend");
        assertThat(frontend.get("componentType").asString()).isEqualTo("frontend");
        if (router.equals("none")) {
            assertThat(frontend.has("envs")).isFalse();
        } else {
            assertThat(frontend.get("envs").get(0).get("name").asString()).isEqualTo("DYN_ROUTER_MODE");
            assertThat(frontend.get("envs").get(0).get("value").asString()).isEqualTo(router);
        }
        for (String key : services.propertyNames()) {
            JsonNode worker = services.get(key);
            if (key.equals("Frontend")) {
                continue;
            }
            assertThat(worker.get("replicas").asInt()).isEqualTo(2);
            assertThat(worker.get("resources").get("limits").get("gpu").isString())
                    .isTrue();
            assertThat(worker.get("resources").get("limits").get("gpu").asString())
                    .isEqualTo("2");
            JsonNode container = worker.get("extraPodSpec").get("mainContainer");
            assertThat(container.get("image").asString())
                    .isEqualTo("nvcr.io/nvidia/ai-dynamo/" + (engine.equals("trtllm") ? "tensorrtllm" : engine)
                            + "-runtime:1.3.1");
            assertThat(container.get("command").toString()).isEqualTo("[\"python3\",\"-m\",\"dynamo." + engine + "\"]");
            String args = container.get("args").toString();
            assertThat(args).contains("Qwen/Qwen3-0.6B").contains("8192");
            assertThat(args.contains("kv-events") || args.contains("--publish-events-and-metrics"))
                    .as("workers publish KV events exactly when the router is kv")
                    .isEqualTo(router.equals("kv"));
            if (mode.equals("disaggregated")) {
                assertThat(args)
                        .contains("--disaggregation-mode\",\""
                                + worker.get("subComponentType").asString());
            }
        }
    }

    @Test
    void vllmAggregatedIsTheOfficialExample() {
        DynamoDeploymentConfig config = new DynamoDeploymentConfig(
                "vllm-agg",
                null,
                "vllm",
                null,
                null,
                null,
                null,
                "hf-token-secret",
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        JsonNode ours = JSON.valueToTree(manifests.manifest(resolver.resolve(QWEN, config)));

        // The example leaves backendFramework out; the operator then detects it from the command. Dumont sets it too,
        // so a command that disagrees fails at once ("backend framework mismatch") instead of running unhandled.
        ObjectNode expected = (ObjectNode) reference("reference-vllm-agg.yaml").get("spec");
        expected.put("backendFramework", "vllm");
        assertThat(ours.get("spec")).isEqualTo(expected);
    }

    @Test
    void vllmDisaggregatedIsTheOfficialExampleWithTheTokenOnTheFrontendToo() {
        DynamoDeploymentConfig config = new DynamoDeploymentConfig(
                "vllm-disagg",
                null,
                "vllm",
                "disaggregated",
                null,
                null,
                null,
                "hf-token-secret",
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        JsonNode ours = JSON.valueToTree(manifests.manifest(resolver.resolve(QWEN, config)));

        // The 1.3.1 example leaves the secret off its Frontend, but the frontend downloads the tokenizer from Hugging
        // Face too (dynamo#4748), so a gated model needs it there: the one deliberate difference.
        ObjectNode expected =
                (ObjectNode) reference("reference-vllm-disagg.yaml").get("spec");
        ((ObjectNode) expected.get("services").get("Frontend")).put("envFromSecret", "hf-token-secret");
        expected.put("backendFramework", "vllm");
        assertThat(ours.get("spec")).isEqualTo(expected);
    }

    @Test
    void sglangAndTrtllmFollowTheirExamplesShapes() {
        JsonNode sglangDisagg = JSON.valueToTree(manifests.manifest(resolver.resolve(
                QWEN,
                new DynamoDeploymentConfig(
                        null,
                        null,
                        "sglang",
                        "disaggregated",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))));
        JsonNode decode = sglangDisagg.get("spec").get("services").get("decode");
        assertThat(decode.get("subComponentType").asString()).isEqualTo("decode");
        assertThat(decode.get("extraPodSpec")
                        .get("mainContainer")
                        .get("workingDir")
                        .asString())
                .isEqualTo("/workspace/examples/backends/sglang");
        assertThat(strings(decode.get("extraPodSpec").get("mainContainer").get("args")))
                .containsSubsequence("--model-path", "Qwen/Qwen3-0.6B", "--served-model-name", "Qwen/Qwen3-0.6B")
                .containsSubsequence(
                        "--disaggregation-mode",
                        "decode",
                        "--disaggregation-transfer-backend",
                        "nixl",
                        "--disaggregation-bootstrap-port",
                        "12345",
                        "--host",
                        "0.0.0.0");
        assertThat(sglangDisagg.get("spec").get("services").propertyNames())
                .containsExactly("Frontend", "prefill", "decode");

        JsonNode trtllm = JSON.valueToTree(manifests.manifest(resolver.resolve(
                QWEN,
                new DynamoDeploymentConfig(
                        null, null, "trtllm", null, null, null, "kv", null, null, null, null, null, null, null,
                        null))));
        JsonNode worker = trtllm.get("spec").get("services").get("TRTLLMWorker");
        assertThat(worker.get("extraPodSpec")
                        .get("mainContainer")
                        .get("workingDir")
                        .asString())
                .isEqualTo("/workspace/");
        assertThat(strings(worker.get("extraPodSpec").get("mainContainer").get("args")))
                .containsExactly(
                        "--model-path",
                        "Qwen/Qwen3-0.6B",
                        "--served-model-name",
                        "Qwen/Qwen3-0.6B",
                        "--extra-engine-args",
                        "./examples/backends/trtllm/engine_configs/qwen3/agg.yaml",
                        "--publish-events-and-metrics");
    }

    @Test
    void theSchemaRefusesWhatAnApiServerWouldSilentlyPrune() {
        Map<String, Object> valid = manifests.manifest(resolver.resolve(QWEN, null));
        assertThat(schema.violations(valid)).isEmpty();

        assertThat(schema.violations(with(valid, "spec", "router-mode", "kv"))).isNotEmpty();
        assertThat(schema.violations(withService(valid, "dynamoNamespace", "default")))
                .isNotEmpty();
        assertThat(schema.violations(withWorkerGpu(valid, 1))).isNotEmpty();
        assertThat(schema.violations(with(valid, "spec", "services", Map.of()))).isNotEmpty();
        assertThat(schema.violations(with(valid, "root", "apiVersion", "dynamo.nvidia.com/v1alpha1")))
                .isNotEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedByItsField() {
        DynamoDeploymentConfig bad = new DynamoDeploymentConfig(
                "a-name-that-is-far-too-long-for-the-grove-rule",
                "Bad_Namespace",
                "vllm",
                "disaggregated",
                11,
                null,
                "fastest",
                null,
                1_000_000,
                null,
                null,
                null,
                List.of("--model", "other/model", "--max-num-seqs", "64", "--bad flag"),
                0,
                "lots");

        ProblemException e = catchThrowableOfType(ProblemException.class, () -> resolver.resolve(QWEN, bad));

        assertThat(e.getStatusCode().value()).isEqualTo(422);
        assertThat(fields(e))
                .contains(
                        "name",
                        "namespace",
                        "replicas",
                        "router_mode",
                        "context_length",
                        "extra_engine_args[4]",
                        "gpus_per_replica",
                        "memory");
    }

    @Test
    void theNameLimitDependsOnTheServicesOfTheShape() {
        // VllmPrefillWorker is 17 characters: 28 are left for the name.
        String name28 = "a".repeat(28);
        assertThat(resolver.resolve(QWEN, config(name28, "vllm", "disaggregated"))
                        .name())
                .isEqualTo(name28);
        ProblemException tooLong = catchThrowableOfType(
                ProblemException.class, () -> resolver.resolve(QWEN, config(name28 + "a", "vllm", "disaggregated")));
        assertThat(fields(tooLong)).containsExactly("name");
        // SGLang's keys are short: the same 29 characters fit.
        assertThat(resolver.resolve(QWEN, config(name28 + "a", "sglang", "disaggregated"))
                        .name())
                .hasSize(29);
        // Generated names always fit and say which engine.
        assertThat(resolver.resolve(DEEPSEEK_8B, config(null, "vllm", "disaggregated"))
                        .name())
                .hasSizeLessThanOrEqualTo(28)
                .startsWith("deepseek-r1")
                .endsWith("-vllm");
    }

    @Test
    void modelRulesEngineSupportGatedSecretAndRepeatedFlags() {
        assertThat(fields(catchThrowableOfType(
                        ProblemException.class, () -> resolver.resolve(DEEPSEEK_8B, config(null, "trtllm", null)))))
                .containsExactly("engine");
        assertThat(fields(catchThrowableOfType(
                        ProblemException.class, () -> resolver.resolve(LLAMA_GATED, config(null, "vllm", null)))))
                .containsExactly("hf_token_secret");
        DynamoDeploymentConfig repeats = new DynamoDeploymentConfig(
                null,
                null,
                "vllm",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("--max-num-seqs", "64", "--model=other/model"),
                null,
                null);
        assertThat(fields(catchThrowableOfType(ProblemException.class, () -> resolver.resolve(QWEN, repeats))))
                .containsExactly("extra_engine_args[2]");
        DynamoDeploymentConfig eagerTrt = new DynamoDeploymentConfig(
                null, null, "trtllm", null, null, null, null, null, null, true, false, null, null, null, null);
        assertThat(fields(catchThrowableOfType(ProblemException.class, () -> resolver.resolve(QWEN, eagerTrt))))
                .containsExactly("enforce_eager", "prefix_caching");
    }

    @Test
    void ephemeralStorageGrowsWithTheModel() {
        assertThat(ConfigResolver.ephemeralStorage(QWEN)).isEqualTo("2Gi");
        assertThat(ConfigResolver.ephemeralStorage(DEEPSEEK_8B)).isEqualTo("18Gi");
    }

    private static DynamoDeploymentConfig config(String name, String engine, String mode) {
        return new DynamoDeploymentConfig(
                name, null, engine, mode, null, null, null, null, null, null, null, null, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ProblemException e) {
        List<Map<String, String>> errors =
                (List<Map<String, String>>) e.getBody().getProperties().get("errors");
        return errors.stream().map(m -> m.get("field")).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static JsonNode reference(String file) {
        try (InputStream in = DynamoManifestsTest.class.getResourceAsStream("/dynamo/" + file)) {
            return YAML.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> manifest) {
        return JSON.convertValue(manifest, LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> manifest, String where, String key, Object value) {
        Map<String, Object> copy = copy(manifest);
        Map<String, Object> target = where.equals("root") ? copy : (Map<String, Object>) copy.get(where);
        target.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withService(Map<String, Object> manifest, String key, Object value) {
        Map<String, Object> copy = copy(manifest);
        Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) copy.get("spec")).get("services");
        ((Map<String, Object>) services.get("Frontend")).put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withWorkerGpu(Map<String, Object> manifest, Object gpu) {
        Map<String, Object> copy = copy(manifest);
        Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) copy.get("spec")).get("services");
        Map<String, Object> worker = (Map<String, Object>) services.get("worker");
        ((Map<String, Object>) ((Map<String, Object>) worker.get("resources")).get("limits")).put("gpu", gpu);
        return copy;
    }
}
