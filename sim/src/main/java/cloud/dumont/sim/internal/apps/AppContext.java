package cloud.dumont.sim.internal.apps;

import cloud.dumont.sim.internal.agent.Workspace;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * What an app needs to know about its instance.
 *
 * @param command the container's command line as tokens: args, args_str and onstart together,
 *     with {@code $VAR} references resolved from {@code env}
 * @param vastJupyterToken the token of Vast.ai's own Jupyter for jupyter runtypes, else null
 * @param gpuUtil current simulated GPU utilisation in percent
 * @param workspace the instance's workspace volume
 */
public record AppContext(
        long instanceId,
        String image,
        String gpuName,
        int numGpus,
        int gpuRamMb,
        Map<String, String> env,
        List<String> command,
        String vastJupyterToken,
        DoubleSupplier gpuUtil,
        Workspace workspace) {

    /** The value following {@code flag} on the command line or in the usual env carriers. */
    public String option(String flag) {
        List<String> tokens = CommandLine.withEnvArgs(command, env);
        return CommandLine.option(tokens, flag);
    }
}
