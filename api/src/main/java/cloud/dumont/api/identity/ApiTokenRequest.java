package cloud.dumont.api.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a personal API token; {@code expires_in_days} null means it never expires. */
public record ApiTokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer expiresInDays) {}
