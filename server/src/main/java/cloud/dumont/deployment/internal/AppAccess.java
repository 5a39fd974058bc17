package cloud.dumont.deployment.internal;

import cloud.dumont.agent.AgentLaunch;
import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.deployment.AppCredentials;
import cloud.dumont.api.deployment.Endpoint;
import cloud.dumont.catalog.AppAuth;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.LaunchOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts a deployment's secret where its app checks it, and uses it again to probe health and to build the links the
 * owner opens. One place knows each app's auth, so launch, health check and connection details cannot disagree.
 */
public final class AppAccess {

    /** The user name for gradio's basic auth; the password is the deployment's secret. */
    static final String GRADIO_USER = "dumont";

    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]{1,60}>|\\$\\{[A-Za-z_][A-Za-z0-9_]*}");

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AppAccess() {}

    /** A deployment's app secret: 24 random bytes, URL-safe. */
    static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The launch order for a deployment's current attempt on {@code offerId}, without an agent. */
    public static LaunchOrder launchOrder(DeploymentEntity d, long offerId, String huggingFaceToken) {
        return launchOrder(d, offerId, huggingFaceToken, null);
    }

    /**
     * The launch order for a deployment's current attempt on {@code offerId}, with the instance agent when {@code
     * agent} is given: its environment (set last, so a template or a user cannot point it elsewhere), and its boot
     * step ahead of the app. An onstart template runs it before its own command. An entrypoint template's arguments
     * are wrapped when its image's ENTRYPOINT runs them as a command (Jupyter Docker Stacks); otherwise the agent is
     * handed to images that run a {@code PROVISIONING_SCRIPT} before their apps (Vast.ai's and ai-dock's do), unless
     * the template sets its own. Anywhere else (vLLM's image, whose ENTRYPOINT is the server) the agent does not run,
     * and the engine, hearing no heartbeat, keeps such a deployment's disk instead of relying on snapshots.
     */
    public static LaunchOrder launchOrder(DeploymentEntity d, long offerId, String huggingFaceToken, AgentBoot agent) {
        TemplateLaunchSpec spec = d.getLaunchSpec();
        Map<String, String> env = new LinkedHashMap<>(spec.envVars());
        // Empty values and community templates' placeholders (<your-token>) are for the user to fill in at deploy time;
        // an unfilled one is left unset rather than sent to the app as a literal.
        env.values()
                .removeIf(
                        v -> v == null || v.isEmpty() || PLACEHOLDER.matcher(v).matches());
        if (huggingFaceToken != null && !huggingFaceToken.isBlank()) {
            env.put("HF_TOKEN", huggingFaceToken);
        }
        env.putAll(d.getExtraEnv());
        List<String> args = new ArrayList<>(spec.launchArgs());
        String secret = d.getAppSecret();
        switch (auth(spec)) {
            case JUPYTER_TOKEN -> env.put("JUPYTER_TOKEN", secret);
            case GRADIO_AUTH -> {
                String flags = GRADIO_USER + ":" + secret;
                env.merge(
                        "WEBUI_FLAGS",
                        "--gradio-auth " + flags + " --api-auth " + flags,
                        (old, added) -> old + " " + added);
            }
            case API_KEY -> {
                args.add("--api-key");
                args.add(secret);
            }
            case PORTAL_TOKEN -> env.put("OPEN_BUTTON_TOKEN", secret);
        }
        boolean entrypoint = spec.launchMode() != LaunchMode.onstart;
        String onstart = entrypoint ? null : spec.launchCommand();
        if (agent != null) {
            env.putAll(agent.env());
            if (entrypoint && !args.isEmpty() && AgentLaunch.entrypointRunsArguments(spec.dockerImage())) {
                args = new ArrayList<>(AgentLaunch.bootingBefore(args));
            } else if (entrypoint) {
                env.putIfAbsent(AgentLaunch.ENV_PROVISIONING_SCRIPT, agent.scriptUrl());
            } else {
                onstart = AgentLaunch.BOOT_COMMAND + "; " + onstart;
            }
        }
        return new LaunchOrder(
                offerId,
                spec.dockerImage(),
                entrypoint ? List.copyOf(args) : List.of(),
                onstart,
                spec.ports().stream().map(PortSpec::port).toList(),
                Map.copyOf(env),
                d.getDiskGb(),
                d.label(),
                d.getBidPerHour());
    }

    /**
     * The agent's part of a launch.
     *
     * @param env its URL, token and workspace directory
     * @param scriptUrl where the instance fetches the agent script
     */
    public record AgentBoot(Map<String, String> env, String scriptUrl) {}

    /** The links to the app; for apps that take their secret in the URL the link carries it. */
    public static List<Endpoint> endpoints(DeploymentEntity d, CloudInstance instance) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (PortSpec port : d.getLaunchSpec().ports()) {
            String address = instance.address(port.port());
            if (address != null) {
                endpoints.add(new Endpoint(port.port(), port.label(), "http://" + address + openPath(d)));
            }
        }
        return endpoints;
    }

    /** The same links with the secret taken out, for everyone but the owner. */
    public static List<Endpoint> withoutSecret(List<Endpoint> endpoints) {
        return endpoints.stream()
                .map(e -> new Endpoint(e.port(), e.label(), stripQuery(e.url())))
                .toList();
    }

    public static AppCredentials credentials(DeploymentEntity d) {
        String secret = d.getAppSecret();
        return switch (auth(d.getLaunchSpec())) {
            case JUPYTER_TOKEN, PORTAL_TOKEN -> new AppCredentials("token", null, secret);
            case GRADIO_AUTH -> new AppCredentials("basic", GRADIO_USER, secret);
            case API_KEY -> new AppCredentials("api-key", null, secret);
        };
    }

    /** The header the health probe sends, or null when the health path is open. */
    public static String healthAuthorization(DeploymentEntity d) {
        String secret = d.getAppSecret();
        return switch (auth(d.getLaunchSpec())) {
            case JUPYTER_TOKEN, API_KEY -> null;
            case PORTAL_TOKEN -> "Bearer " + secret;
            case GRADIO_AUTH ->
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((GRADIO_USER + ":" + secret).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String openPath(DeploymentEntity d) {
        return switch (auth(d.getLaunchSpec())) {
            case JUPYTER_TOKEN -> "/lab?token=" + d.getAppSecret();
            case PORTAL_TOKEN -> "/?token=" + d.getAppSecret();
            case GRADIO_AUTH, API_KEY -> "/";
        };
    }

    private static String stripQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** Versions frozen before auth was declared are treated by their health path's app. */
    private static AppAuth auth(TemplateLaunchSpec spec) {
        return spec.appAuth() != null ? spec.appAuth() : AppAuth.PORTAL_TOKEN;
    }
}
