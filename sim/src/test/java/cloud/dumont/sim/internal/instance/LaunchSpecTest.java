package cloud.dumont.sim.internal.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.sim.internal.apps.PortSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSpecTest {

    @Test
    void readsTheReferenceVllmRequest() {
        LaunchSpec spec = LaunchSpec.parse(Map.of(
                "client_id", "me",
                "image", "vllm/vllm-openai:latest",
                "label", "tmpl:vllm:u42",
                "disk", 50,
                "runtype", "ssh_direc ssh_proxy",
                "env", Map.of("MODEL_ID", "Qwen/Qwen2.5-3B-Instruct", "HF_TOKEN", "hf_xxx", "-p 8000:8000", "1"),
                "onstart", "touch ~/.no_auto_tmux; env >> /etc/environment; vllm serve $MODEL_ID --port 8000 &"));
        assertThat(spec.ports()).containsExactly(PortSpec.tcp(8000), PortSpec.tcp(22));
        assertThat(spec.runtype()).isEqualTo("ssh_direc ssh_proxy");
        assertThat(spec.runtypeFamily()).isEqualTo("ssh");
        assertThat(spec.diskGb()).isEqualTo(50.0);
        assertThat(spec.commandTokens()).containsSubsequence("vllm", "serve", "Qwen/Qwen2.5-3B-Instruct");
    }

    @Test
    void nullFieldsAsTheCliSendsThemMeanNotGiven() {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of(
                "price", "label", "extra", "onstart", "image_login", "jupyter_dir", "template_hash_id", "user")) {
            body.put(field, null);
        }
        body.put("image", "ubuntu:22.04");
        body.put("env", Map.of());
        body.put("disk", 10.0);
        body.put("runtype", "ssh");
        LaunchSpec spec = LaunchSpec.parse(body);
        assertThat(spec.label()).isNull();
        assertThat(spec.price()).isNull();
        assertThat(spec.ports()).isEmpty();
    }

    @Test
    void envMayBeDockerFlagsOrExtraEnvPairs() {
        LaunchSpec flags = LaunchSpec.parse(Map.of(
                "image", "pytorch/pytorch", "env", "-e TZ=UTC -e XNAME=XX4 -p 22:22 -p 8081:8081/udp -h billybob"));
        assertThat(flags.env())
                .containsEntry("TZ", "UTC")
                .containsEntry("XNAME", "XX4")
                .containsEntry("-h", "billybob");
        assertThat(flags.ports()).containsExactly(PortSpec.tcp(22), new PortSpec(8081, "udp"));

        LaunchSpec pairs = LaunchSpec.parse(
                Map.of("image", "x/y", "extra_env", List.of(List.of("-p 8080:8080", "1"), List.of("A", "1"))));
        assertThat(pairs.ports()).containsExactly(PortSpec.tcp(8080));
    }

    @Test
    void runtypeDefaultsAndJupyterPorts() {
        assertThat(LaunchSpec.parse(Map.of("image", "x")).runtype()).isEqualTo("ssh");
        assertThat(LaunchSpec.parse(Map.of("image", "x", "args", List.of("--a")))
                        .runtype())
                .isEqualTo("args");
        LaunchSpec jupyter = LaunchSpec.parse(Map.of(
                "image", "vastai/pytorch:@vastai-automatic-tag", "runtype", "jupyter_direc ssh_direc ssh_proxy"));
        assertThat(jupyter.ports()).containsExactly(PortSpec.tcp(22), PortSpec.tcp(8080));
        assertThat(jupyter.vastJupyter()).isTrue();
        assertThat(LaunchSpec.parse(
                                Map.of("image", "quay.io/jupyter/pytorch-notebook:cuda12-latest", "runtype", "args"))
                        .ports())
                .containsExactly(PortSpec.tcp(8888));
    }

    @Test
    void refusesWhatVastRefuses() {
        assertThatThrownBy(() -> LaunchSpec.parse(Map.of("disk", 10)))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("image is required");
        assertThatThrownBy(() -> LaunchSpec.parse(Map.of("image", "x", "label", "l".repeat(257))))
                .hasMessageContaining("label");
        assertThatThrownBy(() -> LaunchSpec.parse(Map.of("image", "x", "image_login", "bob:secret")))
                .hasMessageContaining("invalid or suspect image login");
        assertThatThrownBy(() -> LaunchSpec.parse(Map.of("image", "x", "price", 500)))
                .isInstanceOfSatisfying(
                        LaunchException.class, e -> assertThat(e.error()).isEqualTo("invalid_price"));
        assertThatThrownBy(() -> LaunchSpec.parse(Map.of("image", "x", "disk", -1)))
                .hasMessageContaining("disk");
        assertThat(LaunchSpec.parse(Map.of("image", "x", "image_login", "-u bob -p tok docker.io"))
                        .imageLogin())
                .isNotNull();
    }
}
