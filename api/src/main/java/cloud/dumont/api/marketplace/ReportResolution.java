package cloud.dumont.api.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin's decision on a report: dismiss it, or unpublish the template. */
public record ReportResolution(
        @NotBlank @Pattern(regexp = "dismiss|unpublish") String action, @Size(max = 1000) String note) {}
