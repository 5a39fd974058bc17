package cloud.dumont.cli;

import java.util.UUID;

/**
 * What {@code dumont login} keeps: the server and a personal API token for it.
 *
 * @param tokenId the token's id on the server, so {@code dumont logout} can revoke it
 */
public record SavedLogin(String server, String token, UUID tokenId, String email) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "SavedLogin[server=" + server + ", email=" + email + "]";
    }
}
