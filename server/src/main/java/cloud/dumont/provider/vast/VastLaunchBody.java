package cloud.dumont.provider.vast;

import cloud.dumont.provider.LaunchOrder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The body of {@code PUT /api/v0/asks/{offer_id}/} for a {@link LaunchOrder}. It holds secrets: never log it. */
final class VastLaunchBody {

    /** Keeps the image's ENTRYPOINT and hands it the arguments; no SSH. */
    static final String RUNTYPE_ARGS = "args";

    /**
     * Vast.ai's entrypoint (sshd, direct and through the proxy) and then {@code onstart}; {@code direc} is the
     * truncated spelling the official CLI sends.
     */
    static final String RUNTYPE_SSH = "ssh_direc ssh_proxy";

    private VastLaunchBody() {}

    static ObjectNode of(LaunchOrder order) {
        ObjectNode body = VastJson.MAPPER.createObjectNode();
        body.put("client_id", "me");
        body.put("image", order.image());
        body.put("disk", order.diskGb());
        body.put("label", order.label());
        // env is an object: variables, and docker options as keys. "-p P:P" asks for container port P to be
        // published; Vast.ai maps it to a random public port, reported later in the instance's ports.
        ObjectNode env = body.putObject("env");
        if (order.ports() != null) {
            order.ports().forEach(port -> env.put("-p " + port + ":" + port, "1"));
        }
        if (order.env() != null) {
            order.env().forEach(env::put);
        }
        if (order.onstart() == null) {
            body.put("runtype", RUNTYPE_ARGS);
            ArrayNode args = body.putArray("args");
            if (order.entrypointArgs() != null) {
                order.entrypointArgs().forEach(args::add);
            }
        } else {
            body.put("runtype", RUNTYPE_SSH);
            body.put("onstart", order.onstart());
        }
        if (order.bidPerHour() != null) {
            // A price makes the instance interruptible. Vast.ai's default for a bid is to create it stopped when it
            // cannot start now; asking to fail instead keeps one behaviour for both kinds of order.
            body.put("price", order.bidPerHour());
        }
        // Fail with 410 rather than leave a stopped instance waiting for its GPU.
        body.put("cancel_unavail", true);
        return body;
    }
}
