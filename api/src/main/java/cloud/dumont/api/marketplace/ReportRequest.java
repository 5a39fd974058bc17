package cloud.dumont.api.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An abuse report: malware, secrets, spam, license, broken or other. */
public record ReportRequest(
        @NotBlank @Pattern(regexp = "malware|secrets|spam|license|broken|other") String reason,
        @Size(max = 2000) String details) {}
