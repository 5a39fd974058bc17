package cloud.dumont.marketplace;

import cloud.dumont.api.marketplace.FeatureRequest;
import cloud.dumont.marketplace.internal.Featured;
import cloud.dumont.marketplace.internal.Saved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins choose the featured templates; the public list is served with browse ({@code GET /featured}). */
@RestController
@RequestMapping("/api/v1/marketplace/featured")
@Tag(name = "Marketplace")
class FeaturedController {

    private final Featured featured;

    FeaturedController(Featured featured) {
        this.featured = featured;
    }

    @PostMapping
    @Operation(
            summary = "Feature a template, or move it (admins)",
            description = "201 when it becomes featured, 200 when it was and moves. Without a position it goes last"
                    + " (or stays). 404 for a template that does not exist, 409 for one that is not listed (private,"
                    + " unlisted or unpublished), 403 for users who are not admins.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "201", description = "Featured, at this position")
    @ApiResponse(responseCode = "200", description = "Was featured; now at this position")
    ResponseEntity<FeatureRequest> featureTemplate(@Valid @RequestBody FeatureRequest request, Authentication auth) {
        Saved<FeatureRequest> saved = featured.feature(request, Callers.admin(auth));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.value());
    }

    @DeleteMapping("/{templateId}")
    @Operation(
            summary = "Stop featuring a template (admins)",
            description = "204 also when it was not featured.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Not featured")
    ResponseEntity<Void> unfeatureTemplate(@PathVariable UUID templateId, Authentication auth) {
        Callers.admin(auth);
        featured.unfeature(templateId);
        return ResponseEntity.noContent().build();
    }
}
