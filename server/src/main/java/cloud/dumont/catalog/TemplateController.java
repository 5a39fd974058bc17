package cloud.dumont.catalog;

import cloud.dumont.api.catalog.TemplateResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The template catalog; the seed's {@code /api/templates} paths answer the same as {@code /api/v1/templates}. */
@RestController
@Tag(name = "Templates")
class TemplateController {

    private final TemplateCatalog catalog;

    TemplateController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping({"/api/v1/templates", "/api/templates"})
    @Operation(summary = "List templates, optionally only those that fit a GPU with min_vram GB")
    List<TemplateResponse> list(
            @Parameter(description = "GPU memory in GB; keeps templates whose gpu_min_vram is at most this")
                    @RequestParam(name = "min_vram", required = false)
                    @Min(0)
                    @Max(4096)
                    Integer minVram,
            @RequestParam(required = false) @Size(max = 40) String category,
            @Parameter(description = "Searches name, description and tags")
                    @RequestParam(name = "q", required = false)
                    @Size(max = 200)
                    String query) {
        return catalog.search(minVram, category, query);
    }

    @GetMapping({"/api/v1/templates/{slug}", "/api/templates/{slug}"})
    @Operation(summary = "One template with its getting-started guide")
    TemplateResponse get(@PathVariable String slug) {
        return catalog.get(slug);
    }
}
