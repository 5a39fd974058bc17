package cloud.dumont.api.snapshots;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What an instance's agent reports every interval.
 *
 * @param gpuUtil mean GPU utilisation in percent (0-100), null when it cannot tell (no nvidia-smi)
 * @param workspaceBytes the workspace's size on disk, null when unknown
 */
public record AgentHeartbeat(
        @DecimalMin("0") @DecimalMax("100") Double gpuUtil, @Valid App app, @PositiveOrZero Long workspaceBytes) {

    /**
     * The app's own view of its activity.
     *
     * @param kind jupyter, comfyui, sd-webui, vllm, ...
     * @param busy whether it is working now (a kernel executing, a queue not empty); null when it cannot tell
     */
    public record App(@Size(max = 40) String kind, Boolean busy, @Size(max = 500) String detail) {}
}
