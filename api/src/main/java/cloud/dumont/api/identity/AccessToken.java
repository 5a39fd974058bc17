package cloud.dumont.api.identity;

/** A signed JWT; {@code token_type} is always {@code Bearer}, {@code expires_in} in seconds. */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {

    @Override
    public String toString() {
        return "AccessToken[expiresIn=" + expiresIn + "]";
    }
}
