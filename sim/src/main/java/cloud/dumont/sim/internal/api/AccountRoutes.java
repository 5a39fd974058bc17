package cloud.dumont.sim.internal.api;

import cloud.dumont.sim.internal.SimulatedVast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v0/users/current/}. The answer carries {@code api_key} because the CLI's {@code
 * show user} removes that field and fails when it is missing; credit falls as instances cost.
 */
final class AccountRoutes {

    private AccountRoutes() {}

    static List<Route> routes(SimulatedVast vast, String apiKey) {
        return List.of(Route.of("GET", "/api/v0/users/current/", true, "2.0", r -> current(vast, apiKey)));
    }

    private static ApiResponse current(SimulatedVast vast, String apiKey) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", 424242);
        user.put("key_id", 4242);
        user.put("api_key", apiKey);
        user.put("email", "simulator@dumont.invalid");
        user.put("username", "dumont-sim");
        user.put("fullname", "Dumont Vast.ai simulator");
        user.put("credit", Math.round(vast.creditLeft() * 100) / 100.0);
        user.put("balance", 0.0);
        user.put("balance_threshold", 5.0);
        user.put("balance_threshold_enabled", false);
        user.put("can_pay", true);
        user.put("has_billing", true);
        user.put("email_verified", true);
        user.put("got_signup_credit", false);
        user.put("billing_creditonly", false);
        user.put("ssh_key", null);
        user.put("sid", null);
        user.put("last4", "4242");
        return ApiResponse.json(user);
    }
}
