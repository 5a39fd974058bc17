package cloud.dumont.api.machines;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An admin's blacklisting of a machine.
 *
 * @param durationHours how long it lasts; absent: until an admin clears it
 */
public record BlacklistRequest(
        @NotNull @Positive Long machineId,
        @NotBlank @Size(min = 3, max = 500) String reason,
        @Min(1) @Max(8760) Integer durationHours) {}
