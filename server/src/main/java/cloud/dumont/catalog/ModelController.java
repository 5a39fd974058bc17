package cloud.dumont.catalog;

import cloud.dumont.api.catalog.ModelResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Models")
class ModelController {

    private final ModelCatalog catalog;

    ModelController(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping({"/api/v1/models", "/api/models"})
    @Operation(summary = "List catalog LLMs, optionally by engine (vllm, sglang, trtllm) and search text")
    List<ModelResponse> list(
            @RequestParam(required = false) String engine,
            @Parameter(description = "Searches id, name and description")
                    @RequestParam(name = "q", required = false)
                    @Size(max = 200)
                    String query) {
        return catalog.search(engine, query);
    }

    /** Model ids contain a slash ({@code Qwen/Qwen3-0.6B}), so the id is the rest of the path. */
    @GetMapping("/api/v1/models/{*id}")
    @Operation(summary = "One catalog LLM by its Hugging Face id, e.g. /api/v1/models/Qwen/Qwen3-0.6B")
    ModelResponse get(@PathVariable String id) {
        return catalog.get(id.startsWith("/") ? id.substring(1) : id);
    }
}
