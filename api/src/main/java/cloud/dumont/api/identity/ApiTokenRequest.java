package cloud.dumont.api.identity;

/** Asks for a personal API token; {@code expires_in_days} null means it never expires. */
public record ApiTokenRequest(String name, Integer expiresInDays) {}
