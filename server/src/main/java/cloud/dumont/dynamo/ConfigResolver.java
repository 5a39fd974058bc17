package cloud.dumont.dynamo;

import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.platform.ProblemException.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills in a configuration's defaults for its model and checks it against the Dynamo operator's admission rules
 * before anything is sent: Kubernetes name syntax, the Grove rule (DGD name plus each lowercase service key at most 45
 * characters), replicas 1–10, an engine the model supports, and extra engine args that are flags of their own and
 * do not repeat the generated ones. Every broken rule is reported, not only the first.
 */
final class ConfigResolver {

    /** The operator's Grove rule: {@code len(dgdName) + len(lowercase(serviceKey)) <= 45} for single-node services. */
    static final int GROVE_LIMIT = 45;

    /** Service names are DNS-1035 labels and the DGD name prefixes them: a letter first, no dots. */
    private static final Pattern NAME = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SECRET = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern QUANTITY = Pattern.compile("[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?");
    private static final Pattern FLAG = Pattern.compile("--?[A-Za-z0-9][A-Za-z0-9_.-]*(=.*)?");
    private static final Set<String> MODES = Set.of("aggregated", "disaggregated");
    private static final Set<String> ROUTERS = Set.of("none", "kv", "round-robin");

    private final DynamoProperties properties;

    ConfigResolver(DynamoProperties properties) {
        this.properties = properties;
    }

    /** The configuration with defaults, or a 422 listing every broken rule. */
    ResolvedConfig resolve(ModelResponse model, DynamoDeploymentConfig given) {
        DynamoDeploymentConfig c = given == null
                ? new DynamoDeploymentConfig(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : given;
        List<FieldProblem> errors = new ArrayList<>();

        String engineId =
                c.engine() != null ? c.engine() : model.supportedEngines().getFirst();
        DynamoEngine engine = DynamoEngine.of(engineId).orElse(null);
        if (engine == null) {
            errors.add(new FieldProblem("engine", "must be one of vllm, sglang, trtllm"));
        } else if (!model.supportedEngines().contains(engine.id)) {
            errors.add(new FieldProblem(
                    "engine", model.id() + " runs on " + String.join(", ", model.supportedEngines()) + " only"));
        }
        String mode = c.mode() == null ? "aggregated" : c.mode().toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            errors.add(new FieldProblem("mode", "must be aggregated or disaggregated"));
        }
        String router = c.routerMode() == null ? "none" : c.routerMode().toLowerCase(Locale.ROOT);
        if (!ROUTERS.contains(router)) {
            errors.add(new FieldProblem("router_mode", "must be none, kv or round-robin"));
        }
        int replicas = c.replicas() == null ? 1 : c.replicas();
        if (replicas < 1 || replicas > 10) {
            errors.add(new FieldProblem("replicas", "must be 1 to 10"));
        }
        int gpus = c.gpusPerReplica() == null ? 1 : c.gpusPerReplica();
        if (gpus < 1 || gpus > 8) {
            errors.add(new FieldProblem("gpus_per_replica", "must be 1 to 8 (one node)"));
        }
        String namespace =
                c.namespace() == null || c.namespace().isBlank() ? properties.defaultNamespace() : c.namespace();
        if (namespace.length() > 63 || !NAMESPACE.matcher(namespace).matches()) {
            errors.add(new FieldProblem(
                    "namespace", "must be a Kubernetes namespace: lowercase letters, digits and '-', at most 63"));
        }
        String secret = blankToNull(c.hfTokenSecret());
        if (secret != null && (secret.length() > 253 || !SECRET.matcher(secret).matches())) {
            errors.add(new FieldProblem("hf_token_secret", "must be a Kubernetes Secret name"));
        }
        if (secret == null && model.gated()) {
            errors.add(new FieldProblem(
                    "hf_token_secret",
                    model.id() + " is gated: name a Secret with key HF_TOKEN (kubectl create secret generic"
                            + " hf-token-secret --from-literal=HF_TOKEN=...)"));
        }
        int maxContext = model.contextLength() == null ? 10_000_000 : model.contextLength();
        if (c.contextLength() != null && (c.contextLength() < 1 || c.contextLength() > maxContext)) {
            errors.add(new FieldProblem(
                    "context_length", "must be 1 to " + maxContext + " tokens (" + model.id() + "'s context)"));
        }
        String memory = blankToNull(c.memory());
        if (memory != null && !QUANTITY.matcher(memory).matches()) {
            errors.add(new FieldProblem("memory", "must be a Kubernetes quantity such as 32Gi"));
        }
        String served = c.servedModelName() == null || c.servedModelName().isBlank() ? model.id() : c.servedModelName();
        if (served.length() > 200 || served.chars().anyMatch(Character::isWhitespace)) {
            errors.add(new FieldProblem("served_model_name", "at most 200 characters, no spaces"));
        }
        if (engine != null) {
            if (Boolean.TRUE.equals(c.enforceEager())) {
                engine.unsupported("enforce_eager")
                        .ifPresent(why -> errors.add(new FieldProblem("enforce_eager", why)));
            }
            if (c.prefixCaching() != null) {
                engine.unsupported("prefix_caching")
                        .ifPresent(why -> errors.add(new FieldProblem("prefix_caching", why)));
            }
        }
        List<String> extra = c.extraEngineArgs() == null ? List.of() : List.copyOf(c.extraEngineArgs());
        checkExtraArgs(extra, errors);

        String name = c.name() == null || c.name().isBlank() ? null : c.name();
        if (engine != null && MODES.contains(mode)) {
            int longestKey = engine.serviceKeys(mode.equals("disaggregated")).stream()
                    .mapToInt(String::length)
                    .max()
                    .orElse(0);
            int maxName = GROVE_LIMIT - longestKey;
            if (name == null) {
                name = generatedName(model.id(), engine, maxName);
            } else if (!NAME.matcher(name).matches()) {
                errors.add(new FieldProblem(
                        "name", "must start with a letter and hold lowercase letters, digits and '-' (no dots)"));
            } else if (name.length() > maxName) {
                errors.add(new FieldProblem(
                        "name",
                        "at most " + maxName + " characters with these services: the operator limits name plus"
                                + " service name to " + GROVE_LIMIT));
            }
        }
        if (!errors.isEmpty()) {
            throw ConfigurationRejected.of(errors);
        }
        ResolvedConfig resolved = new ResolvedConfig(
                model.id(),
                name,
                namespace,
                engine,
                mode.equals("disaggregated"),
                replicas,
                served,
                router,
                secret,
                c.contextLength(),
                Boolean.TRUE.equals(c.enforceEager()),
                c.prefixCaching(),
                Boolean.TRUE.equals(c.trustRemoteCode()),
                extra,
                gpus,
                memory,
                ephemeralStorage(model));
        checkNoRepeatedFlags(resolved, errors);
        if (!errors.isEmpty()) {
            throw ConfigurationRejected.of(errors);
        }
        return resolved;
    }

    /** Each token one argument; a flag looks like one, and nothing can smuggle a second line into the pod spec. */
    private static void checkExtraArgs(List<String> extra, List<FieldProblem> errors) {
        if (extra.size() > 50) {
            errors.add(new FieldProblem("extra_engine_args", "at most 50 arguments"));
        }
        for (int i = 0; i < extra.size(); i++) {
            String arg = extra.get(i);
            String field = "extra_engine_args[" + i + "]";
            if (arg == null || arg.isBlank() || arg.length() > 500 || arg.contains("\n") || arg.contains("\r")) {
                errors.add(new FieldProblem(field, "must be one non-empty line of at most 500 characters"));
            } else if (arg.startsWith("-") && !FLAG.matcher(arg).matches()) {
                errors.add(new FieldProblem(field, "is not a flag such as --max-num-seqs"));
            }
        }
    }

    /** Extra args must not say twice what the form already says (the engine would take the last, silently). */
    private static void checkNoRepeatedFlags(ResolvedConfig c, List<FieldProblem> errors) {
        ResolvedConfig withoutExtra = c.withoutExtraArgs();
        Set<String> generated = new HashSet<>();
        for (String role : c.disaggregated() ? List.of("prefill", "decode") : Arrays.asList((String) null)) {
            c.engine().args(withoutExtra, role).stream()
                    .filter(a -> a.startsWith("-"))
                    .forEach(generated::add);
        }
        for (int i = 0; i < c.extraEngineArgs().size(); i++) {
            String flag = c.extraEngineArgs().get(i).split("=", 2)[0];
            if (generated.contains(flag)) {
                errors.add(new FieldProblem(
                        "extra_engine_args[" + i + "]", flag + " is set by the form already; change it there"));
            }
        }
    }

    /** {@code Qwen/Qwen3-0.6B} on vLLM becomes {@code qwen3-0-6b-vllm}, cut to fit the Grove rule. */
    static String generatedName(String modelId, DynamoEngine engine, int maxLength) {
        String base = modelId.substring(modelId.indexOf('/') + 1)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "llm-" + base;
        }
        String suffix = "-" + engine.id;
        String cut = base.length() + suffix.length() > maxLength
                ? base.substring(0, Math.max(1, maxLength - suffix.length()))
                : base;
        return cut.replaceAll("-+$", "") + suffix;
    }

    /**
     * Room for the model download: the examples' 2Gi is for a 0.6B model, and a pod that fills its ephemeral storage
     * is evicted. Weights in 16-bit take two bytes per parameter, plus a fifth for tokenizer and caches.
     */
    static String ephemeralStorage(ModelResponse model) {
        if (model.parameters() == null) {
            return "20Gi";
        }
        long gib = (long) Math.ceil(model.parameters() * 2 * 1.2 / (1024.0 * 1024 * 1024));
        return Math.max(2, gib) + "Gi";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
