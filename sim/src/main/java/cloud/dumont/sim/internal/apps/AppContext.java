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
 * @param busy whether someone is working in the app right now (a running cell, a queued prompt, a request), as a test
 *     or the simulator's user model sets it; the app's own activity endpoints report it
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
        java.util.function.BooleanSupplier busy,
        Workspace workspace) {

    /** The value following {@code flag} on the command line or in the usual env carriers. */
    public String option(String flag) {
        List<String> tokens = CommandLine.withEnvArgs(command, env);
        return CommandLine.option(tokens, flag);
    }
}
