package cloud.dumont.marketplace;

import cloud.dumont.api.marketplace.ReviewPage;
import cloud.dumont.api.marketplace.ReviewRequest;
import cloud.dumont.api.marketplace.ReviewResponse;
import cloud.dumont.marketplace.internal.Reviews;
import cloud.dumont.marketplace.internal.Saved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reviews of marketplace templates and helpful votes on them. {@code {id}} is a template id or an official slug. */
@RestController
@RequestMapping("/api/v1/marketplace")
@Tag(name = "Marketplace")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/templates/{id}/reviews")
    @Operation(
            summary = "A page of the template's reviews with its rating",
            description = "Public. Signed-in callers also learn which reviews they voted helpful and which is theirs."
                    + " 404 for a template the caller may not see.")
    ReviewPage listReviews(
            @PathVariable String id,
            @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(description = "helpful (most helpful votes first) or recent (last written first)")
                    @RequestParam(defaultValue = "helpful")
                    @Pattern(regexp = "helpful|recent")
                    String sort,
            Authentication auth) {
        return reviews.page(
                id, Callers.optional(auth), page, size, Reviews.Sort.valueOf(sort.toUpperCase(Locale.ROOT)));
    }

    @PostMapping("/templates/{id}/reviews")
    @Operation(
            summary = "Write your review of the template, or edit it",
            description = "One review per user per template: 201 when it creates yours, 200 when it edits it. 403 for"
                    + " the template's author (authors do not review their own work), 409 when the template is"
                    + " unpublished, 404 when the caller may not see it.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "201", description = "Your new review")
    @ApiResponse(responseCode = "200", description = "Your review, edited")
    ResponseEntity<ReviewResponse> submitReview(
            @PathVariable String id, @Valid @RequestBody ReviewRequest request, Authentication auth) {
        Saved<ReviewResponse> saved = reviews.submit(id, Callers.required(auth), request);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.value());
    }

    @GetMapping("/templates/{id}/reviews/mine")
    @Operation(
            summary = "Your review of the template",
            description = "401 without a sign-in; 204 (no body) when you have not reviewed it.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "You have not reviewed it")
    ResponseEntity<ReviewResponse> myReview(@PathVariable String id, Authentication auth) {
        return reviews.mine(id, Callers.required(auth))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @DeleteMapping("/templates/{id}/reviews/mine")
    @Operation(
            summary = "Delete your review of the template; its rating leaves the template's",
            description = "404 when you have not reviewed it.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> deleteMyReview(@PathVariable String id, Authentication auth) {
        reviews.deleteMine(id, Callers.required(auth));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reviews/{reviewId}/helpful")
    @Operation(
            summary = "Vote a review helpful",
            description = "One vote per user per review: 201 for your vote, 200 (same count) when you had voted"
                    + " already. 409 for your own review: helpful votes are other readers' judgement.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "201", description = "The review with your vote counted")
    @ApiResponse(responseCode = "200", description = "The review; you had voted already")
    ResponseEntity<ReviewResponse> voteHelpful(@PathVariable UUID reviewId, Authentication auth) {
        Saved<ReviewResponse> saved = reviews.voteHelpful(reviewId, Callers.required(auth));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.value());
    }

    @DeleteMapping("/reviews/{reviewId}/helpful")
    @Operation(
            summary = "Withdraw your helpful vote",
            description = "200 with the review as it now counts; also when you had not voted.",
            security = @SecurityRequirement(name = "bearer"))
    ReviewResponse withdrawHelpfulVote(@PathVariable UUID reviewId, Authentication auth) {
        return reviews.withdrawVote(reviewId, Callers.required(auth));
    }
}
