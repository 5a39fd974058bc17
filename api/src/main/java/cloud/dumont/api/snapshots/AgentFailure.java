package cloud.dumont.api.snapshots;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agent's report that a command failed, in a line a person can read. */
public record AgentFailure(@NotBlank @Size(max = 500) String error) {}
