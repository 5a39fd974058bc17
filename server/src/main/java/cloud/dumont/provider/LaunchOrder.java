package cloud.dumont.provider;

import java.util.List;
import java.util.Map;

/**
 * Everything the provider needs to start one container.
 *
 * @param entrypointArgs when {@code onstart} is null: the image keeps its ENTRYPOINT and gets these arguments
 * @param onstart when not null: the provider's own entrypoint runs and then this shell command
 * @param ports container ports to publish
 * @param env environment for the container; may hold secrets, so it is never logged
 * @param label names the deployment and attempt ({@code dumont:<deployment id>:<attempt>}), so the instance can be
 *     found again after a crash
 * @param bidPerHour the GPU's bid in $/h for an interruptible instance, which runs while no one bids more; null for
 *     on-demand
 */
public record LaunchOrder(
        long offerId,
        String image,
        List<String> entrypointArgs,
        String onstart,
        List<Integer> ports,
        Map<String, String> env,
        int diskGb,
        String label,
        Double bidPerHour) {

    /** An on-demand order. */
    public LaunchOrder(
            long offerId,
            String image,
            List<String> entrypointArgs,
            String onstart,
            List<Integer> ports,
            Map<String, String> env,
            int diskGb,
            String label) {
        this(offerId, image, entrypointArgs, onstart, ports, env, diskGb, label, null);
    }

    @Override
    public String toString() {
        return "LaunchOrder[offer=" + offerId + ", image=" + image + ", label=" + label
                + (bidPerHour == null ? "" : ", bid=" + bidPerHour) + "]";
    }
}
