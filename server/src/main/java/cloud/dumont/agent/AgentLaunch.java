package cloud.dumont.agent;

import cloud.dumont.snapshots.InstanceFacingUrl;
import java.util.LinkedHashMap;
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
     * that cannot be fetched never keeps the app from starting.
     */
    public static final String BOOT_COMMAND = "curl -fsSL \"$" + AgentTokens.ENV_URL
            + "/agent.sh\" -o /tmp/dumont-agent.sh && sh /tmp/dumont-agent.sh boot";

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

    /** Where instances fetch the agent script. */
    public String scriptUrl() {
        return url.get() + "/agent.sh";
    }
}
