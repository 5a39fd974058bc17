package cloud.dumont.provider.vast;

import cloud.dumont.provider.ProviderException;
import cloud.dumont.provider.ProviderException.Kind;

/**
 * Turns an unsuccessful answer into the {@link ProviderException} the engine reacts to. Vast.ai says "wrong key" as 401
 * {@code auth_error}, and on some routes as 404 {@code "Invalid user key"} or {@code "Session expired"} (2FA session
 * keys); rate limits are 429, often in plain text; a proxy in front answers 502/503/504 with HTML.
 */
final class VastErrors {

    private VastErrors() {}

    /** The generic reading; operations refine it (a 404 on create means the offer is gone, on destroy: done). */
    static ProviderException failure(String operation, VastResponse response) {
        return new ProviderException(kindOf(response), describe(operation, response));
    }

    static Kind kindOf(VastResponse response) {
        if (response.status() == 401 || response.saysKeyInvalid()) {
            return Kind.AUTH;
        }
        if (response.rateLimited() || response.serverError()) {
            return Kind.TRANSIENT;
        }
        return Kind.REJECTED;
    }

    /**
     * A create answered 404 or 410 ({@code no_such_ask}): someone rented the offer since the search, or with {@code
     * cancel_unavail} the machine could not start the container now. Either way another offer is the way on.
     */
    static boolean offerGone(VastResponse response) {
        return (response.status() == 404
                        || response.status() == 410
                        || response.error().equals("no_such_ask"))
                && kindOf(response) != Kind.AUTH;
    }

    /** Already destroyed, or never ours: {@code not_found} / {@code no_such_instance}, usually with 404. */
    static boolean instanceGone(VastResponse response) {
        String error = response.error();
        return kindOf(response) != Kind.AUTH
                && (response.status() == 404 || error.equals("not_found") || error.equals("no_such_instance"));
    }

    /** e.g. {@code Vast.ai create: HTTP 404 invalid_args: error 404/3603: no_such_ask ...}; never a key or a body. */
    static String describe(String operation, VastResponse response) {
        StringBuilder text = new StringBuilder("Vast.ai ")
                .append(operation)
                .append(": HTTP ")
                .append(response.status());
        if (!response.error().isEmpty()) {
            text.append(' ').append(response.error());
        }
        String message = response.message();
        if (!message.isEmpty() && !message.equals(response.error())) {
            text.append(": ").append(message);
        }
        return text.toString();
    }
}
