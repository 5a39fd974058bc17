package cloud.dumont.api.deployment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A chat request to try a running model: sent to the frontend's {@code /v1/chat/completions} with the served model
 * name filled in.
 *
 * @param messages the conversation so far, oldest first
 * @param maxTokens the longest answer, in tokens; 256 when absent
 */
public record ChatRequest(
        @NotEmpty @Size(max = 50) List<@Valid Message> messages, @Min(1) @Max(4096) Integer maxTokens) {

    /**
     * One turn.
     *
     * @param role {@code system}, {@code user} or {@code assistant}
     */
    public record Message(
            @NotBlank @Pattern(regexp = "system|user|assistant") String role,
            @NotBlank @Size(max = 20000) String content) {}
}
