package cloud.dumont.dynamo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between Dynamo's three backends: runtime image, working directory, service keys of the official
 * examples, and the engine-native flag for each option (vLLM, SGLang and TensorRT-LLM name them differently; the
 * mapping is the reference's table, checked against the official example manifests).
 */
enum DynamoEngine {
    VLLM(
            "vllm",
            "vllm-runtime",
            "/workspace/examples/backends/vllm",
            "worker",
            "VllmPrefillWorker",
            "VllmDecodeWorker"),
    SGLANG("sglang", "sglang-runtime", "/workspace/examples/backends/sglang", "decode", "prefill", "decode"),
    TRTLLM("trtllm", "tensorrtllm-runtime", "/workspace/", "TRTLLMWorker", "prefill", "decode");

    /** TensorRT-LLM's engine configs shipped in the runtime image; model-agnostic despite the directory's name. */
    private static final String TRTLLM_CONFIGS = "./examples/backends/trtllm/engine_configs/qwen3/";

    final String id;
    final String image;
    final String workingDir;
    final String aggregatedWorker;
    final String prefillWorker;
    final String decodeWorker;

    DynamoEngine(
            String id,
            String image,
            String workingDir,
            String aggregatedWorker,
            String prefillWorker,
            String decodeWorker) {
        this.id = id;
        this.image = image;
        this.workingDir = workingDir;
        this.aggregatedWorker = aggregatedWorker;
        this.prefillWorker = prefillWorker;
        this.decodeWorker = decodeWorker;
    }

    static Optional<DynamoEngine> of(String id) {
        for (DynamoEngine e : values()) {
            if (e.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The service keys of one shape, frontend first (the keys count towards the operator's name-length rule). */
    List<String> serviceKeys(boolean disaggregated) {
        return disaggregated
                ? List.of(DynamoManifests.FRONTEND, prefillWorker, decodeWorker)
                : List.of(DynamoManifests.FRONTEND, aggregatedWorker);
    }

    /** {@code python3 -m dynamo.<engine>}: the operator detects the backend from it and it must match the spec's. */
    List<String> command() {
        return List.of("python3", "-m", "dynamo." + id);
    }

    /** The worker's arguments for one role ({@code null} when aggregated), in the order the examples use. */
    List<String> args(ResolvedConfig c, String role) {
        List<String> args = new ArrayList<>();
        switch (this) {
            case VLLM -> {
                args.addAll(List.of("--model", c.modelId()));
                if (!c.servedModelName().equals(c.modelId())) {
                    args.addAll(List.of("--served-model-name", c.servedModelName()));
                }
                if (c.gpusPerReplica() > 1) {
                    args.addAll(List.of("--tensor-parallel-size", Integer.toString(c.gpusPerReplica())));
                }
                if (c.contextLength() != null) {
                    args.addAll(List.of("--max-model-len", c.contextLength().toString()));
                }
                if (c.enforceEager()) {
                    args.add("--enforce-eager");
                }
                if (c.prefixCaching() != null) {
                    args.add(c.prefixCaching() ? "--enable-prefix-caching" : "--no-enable-prefix-caching");
                }
                if (c.trustRemoteCode()) {
                    args.add("--trust-remote-code");
                }
                if (role != null) {
                    args.addAll(List.of("--disaggregation-mode", role));
                    if (role.equals("prefill")) {
                        args.addAll(List.of(
                                "--kv-transfer-config",
                                "{\"kv_connector\":\"NixlConnector\",\"kv_role\":\"kv_both\"}"));
                    }
                }
                if (c.routerMode().equals("kv")) {
                    args.addAll(List.of(
                            "--kv-events-config",
                            "{\"publisher\":\"zmq\",\"topic\":\"kv-events\",\"endpoint\":\"tcp://*:20080\","
                                    + "\"enable_kv_cache_events\":true}"));
                }
            }
            case SGLANG -> {
                args.addAll(List.of("--model-path", c.modelId(), "--served-model-name", c.servedModelName()));
                args.addAll(List.of("--tp", Integer.toString(c.gpusPerReplica())));
                if (c.contextLength() != null) {
                    args.addAll(List.of("--context-length", c.contextLength().toString()));
                }
                if (c.enforceEager()) {
                    args.add("--disable-cuda-graph"); // SGLang has no --enforce-eager
                }
                if (Boolean.FALSE.equals(c.prefixCaching())) {
                    args.add("--disable-radix-cache");
                }
                if (c.trustRemoteCode()) {
                    args.add("--trust-remote-code");
                }
                if (role != null) {
                    args.addAll(List.of(
                            "--disaggregation-mode",
                            role,
                            "--disaggregation-transfer-backend",
                            "nixl",
                            "--disaggregation-bootstrap-port",
                            "12345",
                            "--host",
                            "0.0.0.0"));
                }
                if (c.routerMode().equals("kv")) {
                    args.addAll(List.of(
                            "--kv-events-config",
                            "{\"publisher\":\"zmq\",\"topic\":\"kv-events\",\"endpoint\":\"tcp://*:5557\"}"));
                }
            }
            case TRTLLM -> {
                args.addAll(List.of("--model-path", c.modelId(), "--served-model-name", c.servedModelName()));
                args.addAll(List.of("--extra-engine-args", TRTLLM_CONFIGS + (role == null ? "agg" : role) + ".yaml"));
                if (c.gpusPerReplica() > 1) {
                    args.addAll(List.of("--tensor-parallel-size", Integer.toString(c.gpusPerReplica())));
                }
                if (c.contextLength() != null) {
                    args.addAll(List.of("--max-seq-len", c.contextLength().toString()));
                }
                if (role != null) {
                    args.addAll(List.of("--disaggregation-mode", role));
                }
                if (c.routerMode().equals("kv")) {
                    args.add("--publish-events-and-metrics");
                }
            }
        }
        args.addAll(c.extraEngineArgs());
        return args;
    }

    /** Why an option cannot be passed to this engine as a flag, or empty when it can. */
    Optional<String> unsupported(String option) {
        if (this != TRTLLM) {
            return Optional.empty();
        }
        return switch (option) {
            case "enforce_eager" -> Optional.of("TensorRT-LLM sets CUDA graphs in its engine config, not by a flag");
            case "prefix_caching" -> Optional.of("TensorRT-LLM sets block reuse in its engine config, not by a flag");
            default -> Optional.empty();
        };
    }
}
