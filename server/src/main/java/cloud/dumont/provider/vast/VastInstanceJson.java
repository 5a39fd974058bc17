package cloud.dumont.provider.vast;

import cloud.dumont.provider.CloudInstance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads Vast.ai's instance object into a {@link CloudInstance}. {@code ports} is Docker's map, {@code {"8000/tcp":
 * [{"HostIp": "0.0.0.0", "HostPort": "41234"}]}} with the host port as a string, and is null until the instance runs
 * or when the host has no direct ports (a healthy, proxy-only instance); IPv6 duplicates of an entry are tolerated.
 */
final class VastInstanceJson {

    private VastInstanceJson() {}

    /** Null when the node is not an instance (null, missing, or without an id). */
    static CloudInstance read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        Long id = VastJson.longValue(node.path("id"));
        if (id == null) {
            return null;
        }
        String statusMsg = VastJson.text(node.path("status_msg"));
        return new CloudInstance(
                id,
                VastJson.longValue(node.path("machine_id")),
                VastJson.text(node.path("label")),
                VastInstanceStates.of(
                        VastJson.text(node.path("actual_status")),
                        VastJson.text(node.path("intended_status")),
                        VastJson.text(node.path("cur_state")),
                        VastJson.text(node.path("next_state")),
                        statusMsg,
                        VastJson.text(node.path("image_uuid"))),
                statusMsg,
                VastJson.text(node.path("public_ipaddr")),
                tcpPorts(node.path("ports")),
                VastJson.text(node.path("gpu_name")),
                VastJson.doubleValue(node.path("dph_total")),
                gpuUtilization(node.path("gpu_util")));
    }

    /** Container TCP port to public host port; UDP entries and unreadable ones are left out. */
    static Map<Integer, Integer> tcpPorts(JsonNode ports) {
        if (ports == null || !ports.isObject()) {
            return Map.of();
        }
        Map<Integer, Integer> mapped = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : ports.properties()) {
            String[] key = entry.getKey().split("/");
            boolean tcp = key.length == 1 || key[1].equalsIgnoreCase("tcp");
            Integer containerPort = port(key[0]);
            Integer hostPort = firstHostPort(entry.getValue());
            if (tcp && containerPort != null && hostPort != null) {
                mapped.putIfAbsent(containerPort, hostPort);
            }
        }
        return Collections.unmodifiableMap(mapped);
    }

    private static Integer firstHostPort(JsonNode bindings) {
        if (bindings == null || !bindings.isArray()) {
            return null;
        }
        for (JsonNode binding : bindings) {
            Integer port = port(VastJson.text(binding.path("HostPort")));
            if (port != null) {
                return port;
            }
        }
        return null;
    }

    private static Integer port(String text) {
        if (text == null) {
            return null;
        }
        try {
            int port = Integer.parseInt(text.strip());
            return port > 0 && port <= 65535 ? port : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Percent; Vast.ai reports -1 or null when it has no reading. */
    private static Double gpuUtilization(JsonNode node) {
        Double value = VastJson.doubleValue(node);
        return value == null || value < 0 ? null : value;
    }
}
