package cloud.dumont.sim.internal.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An agent runs only where a launch would start one on Vast.ai, so simulated hibernation is no better than real. */
class SimAgentLaunchTest {

    private static final Map<String, String> AGENT =
            Map.of("DUMONT_AGENT_URL", "http://127.0.0.1:8000", "DUMONT_AGENT_TOKEN", "dma_t");
    private static final String BOOT =
            "curl -fsSL \"${DUMONT_AGENT_URL%/}/agent.sh\" -o /tmp/dumont-agent.sh && sh /tmp/dumont-agent.sh boot";

    @Test
    void anOnstartCommandOrWrappedArgumentsThatFetchTheScriptStartIt() {
        assertThat(SimAgent.wanted(AGENT, "ubuntu:22.04", List.of(), BOOT + "; python serve.py"))
                .isTrue();
        assertThat(SimAgent.wanted(
                        AGENT,
                        "quay.io/jupyter/pytorch-notebook:cuda12-2026-08-24",
                        List.of("sh", "-c", BOOT + "; exec \"$0\" \"$@\"", "start-notebook.py"),
                        null))
                .isTrue();
    }

    @Test
    void aProvisioningScriptStartsItOnlyOnImagesThatRunOne() {
        Map<String, String> provisioned = new java.util.HashMap<>(AGENT);
        provisioned.put("PROVISIONING_SCRIPT", "http://127.0.0.1:8000/agent.sh");

        assertThat(SimAgent.wanted(provisioned, "vastai/comfyui:@vastai-automatic-tag", List.of(), null))
                .isTrue();
        assertThat(SimAgent.wanted(
                        provisioned,
                        "ghcr.io/ai-dock/stable-diffusion-webui:v2-cuda-12.1.1-base-22.04",
                        List.of(),
                        null))
                .isTrue();
        assertThat(SimAgent.wanted(provisioned, "vllm/vllm-openai:v0.11.0", List.of("--model", "m"), null))
                .as("vLLM's ENTRYPOINT is the server: nothing runs the script")
                .isFalse();
    }

    @Test
    void withoutAServerAndATokenThereIsNoAgent() {
        assertThat(SimAgent.wanted(Map.of(), "ubuntu:22.04", List.of(), BOOT)).isFalse();
        assertThat(SimAgent.wanted(
                        Map.of("DUMONT_AGENT_URL", "http://127.0.0.1:8000"), "ubuntu:22.04", List.of(), BOOT))
                .isFalse();
    }
}
