package cloud.dumont.sim.internal.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import cloud.dumont.sim.internal.Json;
import cloud.dumont.sim.internal.VastError;

/**
 * An API answer. JSON goes out as exactly {@code application/json}: the CLI compares the header
 * with that string and refuses anything else, charset included.
 */
record ApiResponse(int status, String contentType, byte[] body) {

    static final String JSON = "application/json";

    static ApiResponse json(Object body) {
        return json(200, body);
    }

    static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, JSON, Json.write(body));
    }

    static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body.getBytes(UTF_8));
    }

    static ApiResponse error(VastError error) {
        return json(error.status(), error.body());
    }
}
