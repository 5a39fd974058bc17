package cloud.dumont.sim.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in Vast.ai's shape: {@code {"success": false, "error": "...", "msg": "..."}}
 * plus any extra fields (a create that failed after renting still names {@code new_contract}).
 */
public final class VastError extends RuntimeException {

    private final int status;
    private final String error;
    private final Map<String, Object> extra;

    public VastError(int status, String error, String msg) {
        this(status, error, msg, Map.of());
    }

    public VastError(int status, String error, String msg, Map<String, Object> extra) {
        super(msg);
        this.status = status;
        this.error = error;
        this.extra = extra;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", error);
        body.put("msg", getMessage());
        body.putAll(extra);
        return body;
    }

    public static VastError invalidArgs(String msg) {
        return new VastError(400, "invalid_args", "error 400/3467: Invalid args: " + msg);
    }

    public static VastError noSuchInstance(long id) {
        return new VastError(404, "no_such_instance", "Instance " + id + " not found");
    }
}
