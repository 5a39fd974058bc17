package cloud.dumont.api.marketplace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Your review of a template: posting again edits it (one review per user per template). */
public record ReviewRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @NotBlank @Size(max = 120) String title,
        @Size(max = 5000) String body,
        @Size(max = 80) String useCase) {}
