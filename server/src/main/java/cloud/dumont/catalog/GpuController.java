package cloud.dumont.catalog;

import cloud.dumont.api.catalog.GpuModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reference data on common GPU models, for the "which GPUs fit" table of a template page. */
@RestController
@Tag(name = "GPUs")
class GpuController {

    private final GpuCatalog gpus;

    GpuController(GpuCatalog gpus) {
        this.gpus = gpus;
    }

    @GetMapping("/api/v1/gpus")
    @Operation(
            summary =
                    "Common GPU models with their memory and typical $/h per GPU, optionally with at least min_vram GB")
    List<GpuModel> list(@RequestParam(name = "min_vram", required = false) @Min(0) @Max(4096) Integer minVram) {
        return gpus.all().stream()
                .filter(g -> minVram == null || g.vramGb() >= minVram)
                .toList();
    }
}
