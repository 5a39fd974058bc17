package cloud.dumont.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.deployment.Endpoint;
import cloud.dumont.catalog.AppAuth;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.InstanceState;
import cloud.dumont.provider.LaunchOrder;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each app gets the deployment's secret where it checks it, and the health probe and links use the same secret. */
class AppAccessTest {

    private static final String SECRET = "s3cret-for-this-deployment";

    @Test
    void jupyterGetsItsTokenAndTheLinkCarriesIt() {
        DeploymentEntity d = deployment(AppAuth.JUPYTER_TOKEN, 8888, Map.of("JUPYTER_ENABLE_LAB", "yes"), List.of());
        LaunchOrder order = AppAccess.launchOrder(d, 7, null);

        assertThat(order.env()).containsEntry("JUPYTER_TOKEN", SECRET).containsEntry("JUPYTER_ENABLE_LAB", "yes");
        assertThat(order.label()).isEqualTo(Labels.of(d.getId(), 1));
        assertThat(AppAccess.healthAuthorization(d)).isNull();
        List<Endpoint> links = AppAccess.endpoints(d, running(8888));
        assertThat(links).singleElement().satisfies(e -> assertThat(e.url())
                .isEqualTo("http://203.0.113.9:40001/lab?token=" + SECRET));
        assertThat(AppAccess.withoutSecret(links).getFirst().url()).isEqualTo("http://203.0.113.9:40001/lab");
    }

    @Test
    void stableDiffusionGetsGradioAndApiAuthAppendedToItsFlagsAndTheProbeUsesBasicAuth() {
        DeploymentEntity d = deployment(AppAuth.GRADIO_AUTH, 7860, Map.of("WEBUI_FLAGS", "--api --listen"), List.of());
        LaunchOrder order = AppAccess.launchOrder(d, 7, null);

        assertThat(order.env().get("WEBUI_FLAGS"))
                .isEqualTo("--api --listen --gradio-auth dumont:" + SECRET + " --api-auth dumont:" + SECRET);
        String basic = AppAccess.healthAuthorization(d);
        assertThat(new String(Base64.getDecoder().decode(basic.substring("Basic ".length()))))
                .isEqualTo("dumont:" + SECRET);
        assertThat(AppAccess.credentials(d).username()).isEqualTo("dumont");
        assertThat(AppAccess.endpoints(d, running(7860)).getFirst().url()).doesNotContain(SECRET);
    }

    @Test
    void vllmGetsAnApiKeyArgumentAndKeepsItsEntrypoint() {
        DeploymentEntity d = deployment(AppAuth.API_KEY, 8000, Map.of("HF_TOKEN", ""), List.of("--model", "Qwen"));
        LaunchOrder order = AppAccess.launchOrder(d, 7, "hf_server_token");

        assertThat(order.onstart()).isNull();
        assertThat(order.entrypointArgs()).containsExactly("--model", "Qwen", "--api-key", SECRET);
        assertThat(order.env()).containsEntry("HF_TOKEN", "hf_server_token");
        assertThat(AppAccess.credentials(d).scheme()).isEqualTo("api-key");
    }

    @Test
    void aUsersOwnTokenWinsOverTheServersAndEmptyTemplateValuesAreNotSent() {
        DeploymentEntity d = deployment(
                AppAuth.API_KEY, 8000, Map.of("HF_TOKEN", ""), List.of(), Map.of("HF_TOKEN", "hf_users_own"));
        assertThat(AppAccess.launchOrder(d, 7, "hf_server_token").env()).containsEntry("HF_TOKEN", "hf_users_own");
        DeploymentEntity none = deployment(AppAuth.API_KEY, 8000, Map.of("HF_TOKEN", ""), List.of());
        assertThat(AppAccess.launchOrder(none, 7, null).env()).doesNotContainKey("HF_TOKEN");
    }

    @Test
    void comfyUiSitsBehindThePortalWhoseTokenTheLinkAndTheProbeCarry() {
        DeploymentEntity d = deployment(AppAuth.PORTAL_TOKEN, 8188, Map.of(), List.of());
        assertThat(AppAccess.launchOrder(d, 7, null).env()).containsEntry("OPEN_BUTTON_TOKEN", SECRET);
        assertThat(AppAccess.healthAuthorization(d)).isEqualTo("Bearer " + SECRET);
        assertThat(AppAccess.endpoints(d, running(8188)).getFirst().url()).endsWith("/?token=" + SECRET);
    }

    @Test
    void theOrdersTextNeverShowsTheEnvironment() {
        DeploymentEntity d = deployment(AppAuth.JUPYTER_TOKEN, 8888, Map.of(), List.of());
        assertThat(AppAccess.launchOrder(d, 7, null).toString()).doesNotContain(SECRET);
    }

    private static CloudInstance running(int containerPort) {
        return new CloudInstance(
                1,
                2L,
                "x",
                InstanceState.RUNNING,
                null,
                "203.0.113.9",
                Map.of(containerPort, 40001),
                "RTX 4090",
                0.4,
                0.0);
    }

    @Test
    void aCommunityTemplatesPlaceholdersAreLeftUnsetUnlessTheUserFillsThemIn() {
        DeploymentEntity d = deployment(
                AppAuth.PORTAL_TOKEN,
                7000,
                Map.of("API_KEY", "<your-key>", "DB_PASSWORD", "${DB_PASSWORD}", "MODE", "fast"),
                List.of(),
                Map.of("API_KEY", "sk-filled-in"));

        LaunchOrder order = AppAccess.launchOrder(d, 7, null);

        assertThat(order.env())
                .containsEntry("API_KEY", "sk-filled-in")
                .containsEntry("MODE", "fast")
                .doesNotContainKey("DB_PASSWORD");
    }

    @Test
    void theAgentGetsItsEnvironmentLastAndStartsBeforeTheApp() {
        AppAccess.AgentBoot agent = new AppAccess.AgentBoot(
                Map.of("DUMONT_AGENT_URL", "https://dumont.example", "DUMONT_AGENT_TOKEN", "dma_x"),
                "https://dumont.example/agent.sh");
        DeploymentEntity entrypoint = deployment(
                AppAuth.JUPYTER_TOKEN,
                8888,
                Map.of(),
                List.of("start-notebook.py"),
                Map.of("DUMONT_AGENT_URL", "https://elsewhere.example"));

        LaunchOrder order = AppAccess.launchOrder(entrypoint, 7, null, agent);

        assertThat(order.env())
                .as("a user's variable cannot send the agent elsewhere")
                .containsEntry("DUMONT_AGENT_URL", "https://dumont.example")
                .containsEntry("DUMONT_AGENT_TOKEN", "dma_x")
                .containsEntry("PROVISIONING_SCRIPT", "https://dumont.example/agent.sh");
        assertThat(order.onstart()).isNull();
        assertThat(order.entrypointArgs()).containsExactly("start-notebook.py");

        DeploymentEntity ownScript = deployment(
                AppAuth.PORTAL_TOKEN, 7000, Map.of("PROVISIONING_SCRIPT", "https://models.example/get.sh"), List.of());
        assertThat(AppAccess.launchOrder(ownScript, 7, null, agent).env())
                .as("a template's own provisioning script is kept")
                .containsEntry("PROVISIONING_SCRIPT", "https://models.example/get.sh");
    }

    @Test
    void aJupyterDockerStacksImageRunsTheAgentBeforeTheCommandItsEntrypointExecs() {
        List<String> command = List.of("start-notebook.py", "--ServerApp.ip=0.0.0.0", "--ServerApp.port=8888");
        DeploymentEntity jupyter = deployment(
                "quay.io/jupyter/pytorch-notebook:cuda12-2026-08-24",
                AppAuth.JUPYTER_TOKEN,
                8888,
                Map.of(),
                command,
                Map.of(),
                LaunchMode.entrypoint,
                String.join(" ", command));

        LaunchOrder order = AppAccess.launchOrder(
                jupyter, 7, null, new AppAccess.AgentBoot(Map.of("DUMONT_AGENT_TOKEN", "dma_z"), "u"));

        assertThat(order.entrypointArgs())
                .containsExactly(
                        "sh",
                        "-c",
                        "curl -fsSL \"${DUMONT_AGENT_URL%/}/agent.sh\" -o /tmp/dumont-agent.sh && sh"
                                + " /tmp/dumont-agent.sh boot; exec \"$0\" \"$@\"",
                        "start-notebook.py",
                        "--ServerApp.ip=0.0.0.0",
                        "--ServerApp.port=8888");
        assertThat(order.env())
                .as("the image runs no provisioning script, and the agent must not start twice")
                .doesNotContainKey("PROVISIONING_SCRIPT")
                .containsEntry("JUPYTER_TOKEN", SECRET);
        assertThat(AppAccess.launchOrder(jupyter, 7, null).entrypointArgs())
                .as("without the agent the command is the template's")
                .isEqualTo(command);
    }

    @Test
    void anOnstartTemplateRunsTheAgentsBootStepBeforeItsOwnCommandWhateverBecomesOfIt() {
        DeploymentEntity onstart = deployment(
                AppAuth.PORTAL_TOKEN,
                7000,
                Map.of(),
                List.of(),
                Map.of(),
                LaunchMode.onstart,
                "python serve.py --port 7000");
        LaunchOrder order = AppAccess.launchOrder(
                onstart, 7, null, new AppAccess.AgentBoot(Map.of("DUMONT_AGENT_TOKEN", "dma_y"), "u"));

        assertThat(order.onstart())
                .isEqualTo("curl -fsSL \"${DUMONT_AGENT_URL%/}/agent.sh\" -o /tmp/dumont-agent.sh && sh"
                        + " /tmp/dumont-agent.sh boot; python serve.py --port 7000");
        assertThat(order.env()).doesNotContainKey("PROVISIONING_SCRIPT");
    }

    private static DeploymentEntity deployment(AppAuth auth, int port, Map<String, String> env, List<String> args) {
        return deployment(auth, port, env, args, Map.of());
    }

    private static DeploymentEntity deployment(
            AppAuth auth, int port, Map<String, String> env, List<String> args, Map<String, String> extraEnv) {
        return deployment(auth, port, env, args, extraEnv, LaunchMode.entrypoint, String.join(" ", args));
    }

    private static DeploymentEntity deployment(
            AppAuth auth,
            int port,
            Map<String, String> env,
            List<String> args,
            Map<String, String> extraEnv,
            LaunchMode mode,
            String command) {
        return deployment("image:tag", auth, port, env, args, extraEnv, mode, command);
    }

    private static DeploymentEntity deployment(
            String image,
            AppAuth auth,
            int port,
            Map<String, String> env,
            List<String> args,
            Map<String, String> extraEnv,
            LaunchMode mode,
            String command) {
        TemplateLaunchSpec spec = new TemplateLaunchSpec(
                image,
                mode,
                args,
                command,
                List.of(new PortSpec(port, "http", "App", "/health")),
                List.of(),
                env,
                8,
                16,
                "12.1",
                40,
                auth);
        return new DeploymentEntity(
                UUID.randomUUID(),
                new DeployableTemplate(UUID.randomUUID(), "t", "T", "1.0.0", spec),
                null,
                null,
                40,
                extraEnv,
                SECRET,
                true,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
