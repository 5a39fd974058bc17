package cloud.dumont.market;

import cloud.dumont.api.market.GpuRecommendations;
import cloud.dumont.market.internal.Recommendations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Spot market")
class RecommendationController {

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/v1/templates/{slug}/gpu-recommendations")
    @Operation(
            summary = "The GPU models a template fits on, with live prices, measured times to ready and two picks",
            description = "Every catalog model with at least the template's minimum VRAM: the cheapest single-GPU"
                    + " on-demand price and offers listed at the latest market sample, and this template's median time"
                    + " to ready on it. best_value is the cheapest listed model with the recommended VRAM; fastest"
                    + " the model with the shortest median time to ready over at least two ready deployments.")
    GpuRecommendations forTemplate(@PathVariable String slug) {
        return recommendations.forTemplate(slug);
    }
}
