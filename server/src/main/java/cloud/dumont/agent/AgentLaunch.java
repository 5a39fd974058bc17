package cloud.dumont.agent;

import cloud.dumont.snapshots.InstanceFacingUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What an instance needs to run the agent: this server's URL, a token of its own, and the workspace directory to
 * snapshot. The agent script is fetched from this server at boot ({@code /agent.sh}), so a fix reaches the next launch
 * without a new image.
 */
@Service
public class AgentLaunch {

    /** The environment variable naming the directory the agent snapshots and restores. */
    public static final String ENV_WORKSPACE = "DUMONT_WORKSPACE";

    /**
     * Vast.ai's own images and ai-dock's run the script this variable points at on first boot, before their apps: how
     * the agent starts on templates that keep their image's entrypoint.
     */
    public static final String ENV_PROVISIONING_SCRIPT = "PROVISIONING_SCRIPT";

    /**
     * The shell line that fetches the agent and runs its boot step (one heartbeat and the command it answers, such as a
     * restore), leaving its loop in the background. Chained with {@code ;} before an app's own command, so an agent
     * that cannot be fetched never keeps the app from starting. {@code ${URL%/}} drops a trailing slash, which would
     * make a "//" path the server's firewall refuses.
     */
    public static final String BOOT_COMMAND = "curl -fsSL \"${" + AgentTokens.ENV_URL
            + "%/}/agent.sh\" -o /tmp/dumont-agent.sh && sh /tmp/dumont-agent.sh boot";

    /**
     * Images whose ENTRYPOINT runs its arguments as a command: Jupyter Docker Stacks' {@code tini -g -- start.sh}
     * ends in {@code exec "$@"}. Their images run no {@code PROVISIONING_SCRIPT}, but their arguments can be wrapped.
     */
    private static final List<String> ENTRYPOINT_RUNS_ARGUMENTS = List.of("quay.io/jupyter/", "jupyter/");

    private final AgentTokens tokens;
    private final InstanceFacingUrl url;

    AgentLaunch(AgentTokens tokens, InstanceFacingUrl url) {
        this.tokens = tokens;
        this.url = url;
    }

    /** The agent's environment for one new instance of the deployment, with a fresh token. */
    public Map<String, String> environment(UUID deploymentId, String workspace) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(AgentTokens.ENV_URL, url.get());
        env.put(AgentTokens.ENV_TOKEN, tokens.issue(deploymentId));
        if (workspace != null && !workspace.isBlank()) {
            env.put(ENV_WORKSPACE, workspace);
        }
        return env;
    }

    /**
     * Whether an entrypoint template on this image can have the agent's boot step put in front of its arguments (see
     * {@link #bootingBefore}); the image's registry path is what tells.
     */
    public static boolean entrypointRunsArguments(String image) {
        return image != null && ENTRYPOINT_RUNS_ARGUMENTS.stream().anyMatch(image::startsWith);
    }

    /**
     * The arguments for an ENTRYPOINT that runs them as a command, with the agent's boot step first: {@code sh -c
     * '<boot>; exec "$0" "$@"' <the app's command...>}. The app's words reach it unchanged, with no second round of
     * shell quoting, and it still starts when the agent cannot be fetched.
     */
    public static List<String> bootingBefore(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", BOOT_COMMAND + "; exec \"$0\" \"$@\""));
        wrapped.addAll(command);
        return List.copyOf(wrapped);
    }

    /** Where instances fetch the agent script. */
    public String scriptUrl() {
        return url.get() + "/agent.sh";
    }
}
