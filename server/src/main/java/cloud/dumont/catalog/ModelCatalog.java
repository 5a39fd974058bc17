package cloud.dumont.catalog;

import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.catalog.internal.ModelDefinition;
import cloud.dumont.catalog.internal.ModelEntity;
import cloud.dumont.catalog.internal.ModelRepository;
import cloud.dumont.platform.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The curated LLM catalog. */
@Service
public class ModelCatalog {

    /** The inference engines Dynamo runs; a filter on anything else is a client error, not an empty list. */
    public static final Set<String> ENGINES = Set.of("vllm", "sglang", "trtllm");

    private final ModelRepository models;

    ModelCatalog(ModelRepository models) {
        this.models = models;
    }

    @Transactional(readOnly = true)
    public List<ModelResponse> search(String engine, String query) {
        if (engine != null && !engine.isBlank() && !ENGINES.contains(engine)) {
            throw ProblemException.badRequest("Unknown engine '" + engine + "'; use one of vllm, sglang, trtllm");
        }
        String q = query == null || query.isBlank() ? null : query.trim().toLowerCase(Locale.ROOT);
        return models.findAllByOrderByPositionAsc().stream()
                .map(ModelEntity::definition)
                .filter(m -> engine == null
                        || engine.isBlank()
                        || m.supportedEngines().contains(engine))
                .filter(m -> q == null || matches(m, q))
                .map(ModelCatalog::toResponse)
                .toList();
    }

    @Transactional(readOnly = true)
    public ModelResponse get(String id) {
        return models.findById(id)
                .map(ModelEntity::definition)
                .map(ModelCatalog::toResponse)
                .orElseThrow(() -> ProblemException.notFound("Model '" + id + "'"));
    }

    private static boolean matches(ModelDefinition m, String q) {
        return m.id().toLowerCase(Locale.ROOT).contains(q)
                || m.name().toLowerCase(Locale.ROOT).contains(q)
                || m.description().toLowerCase(Locale.ROOT).contains(q);
    }

    private static ModelResponse toResponse(ModelDefinition m) {
        return new ModelResponse(
                m.id(),
                m.name(),
                m.description(),
                m.size(),
                m.task(),
                m.parameters(),
                m.contextLength(),
                m.license(),
                m.supportedEngines(),
                m.minGpuMemoryGb(),
                m.minGpuMemoryGb() + "GB",
                m.gated());
    }
}
