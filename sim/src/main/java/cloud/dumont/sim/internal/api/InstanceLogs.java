package cloud.dumont.sim.internal.api;

import cloud.dumont.sim.internal.SimulatedVast;
import cloud.dumont.sim.internal.VastError;
import cloud.dumont.sim.internal.instance.SimulatedInstance;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instance logs the Vast.ai way: {@code request_logs} answers a {@code result_url}, a separate
 * unauthenticated URL (on Vast.ai an S3 object) that holds the text. The simulated log lists what
 * happened to the instance: creation, boots, ports, stops.
 */
final class InstanceLogs {

    private static final Pattern NAME = Pattern.compile("(\\d+)-([0-9a-f]{16})\\.log");

    private InstanceLogs() {}

    static ApiResponse request(SimulatedVast vast, ApiRequest request) {
        long id = request.id(0);
        SimulatedInstance instance =
                find(vast, id).orElseThrow(() -> new VastError(400, "invalid_id", "Invalid instance id."));
        String host = request.host() == null ? "127.0.0.1" : request.host();
        String url = "http://" + host + "/instance_logs/" + id + "-" + token(instance) + ".log";
        return ApiResponse.json(Map.of("success", true, "result_url", url));
    }

    static ApiResponse read(SimulatedVast vast, ApiRequest request) {
        Matcher m = NAME.matcher(request.pathVars().get(0));
        if (!m.matches()) {
            return notFound();
        }
        Optional<SimulatedInstance> instance =
                find(vast, Long.parseLong(m.group(1))).filter(i -> token(i).equals(m.group(2)));
        if (instance.isEmpty()) {
            return notFound();
        }
        StringBuilder text = new StringBuilder("# Simulated by Dumont's Vast.ai simulator; no container ran.\n");
        instance.get().log().forEach(line -> text.append(line).append('\n'));
        return ApiResponse.text(200, "text/plain; charset=utf-8", text.toString());
    }

    private static Optional<SimulatedInstance> find(SimulatedVast vast, long id) {
        return vast.withWorld((market, instances, now) -> instances.findIncludingDestroyed(id));
    }

    private static String token(SimulatedInstance instance) {
        return instance.secrets().instanceApiKey().substring(0, 16);
    }

    private static ApiResponse notFound() {
        return ApiResponse.text(404, "application/xml", "<Error><Code>NoSuchKey</Code></Error>");
    }
}
