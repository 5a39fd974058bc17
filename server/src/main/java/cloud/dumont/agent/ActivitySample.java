package cloud.dumont.agent;

import java.time.Instant;

/**
 * One heartbeat of a deployment's agent, as received.
 *
 * @param gpuUtil percent 0-100, null when the agent cannot tell
 * @param appBusy whether the app says it is working, null when it cannot tell
 */
public record ActivitySample(
        Instant receivedAt, Double gpuUtil, String appKind, Boolean appBusy, String appDetail, Long workspaceBytes) {}
