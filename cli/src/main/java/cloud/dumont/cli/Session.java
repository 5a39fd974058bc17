package cloud.dumont.cli;

import cloud.dumont.sdk.DumontClient;
import java.util.Optional;

/**
 * Which server to talk to and with which token. The server is {@code --server}, else {@code $DUMONT_SERVER}, else
 * the saved login's, else {@code http://localhost:8000}. The token is {@code $DUMONT_TOKEN}, else the saved one, and
 * the saved token is only ever sent to the server it was issued by.
 */
public final class Session {

    public static final String DEFAULT_SERVER = "http://localhost:8000";

    private final CliEnvironment environment;
    private final String serverOption;
    private final ConfigStore config;
    private Optional<SavedLogin> saved;
    private DumontClient client;

    Session(CliEnvironment environment, String serverOption) {
        this.environment = environment;
        this.serverOption = serverOption;
        this.config = new ConfigStore(environment.configDir());
    }

    public ConfigStore config() {
        return config;
    }

    public String server() {
        String url = firstPresent(
                serverOption,
                environment.env().get("DUMONT_SERVER"),
                saved().map(SavedLogin::server).orElse(null),
                DEFAULT_SERVER);
        return normalise(url);
    }

    /** A client with the token for {@link #server()}, if there is one. */
    public DumontClient client() {
        if (client == null) {
            client = anonymous().withToken(token().orElse(null));
        }
        return client;
    }

    /** A client without any token (for logging in). */
    public DumontClient anonymous() {
        try {
            return DumontClient.builder(server()).userAgent("dumont-cli").build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Optional<String> token() {
        String fromEnv = environment.env().get("DUMONT_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        String server = server();
        return saved().filter(l -> normalise(l.server()).equals(server)).map(SavedLogin::token);
    }

    /** The saved login, read once per command (server and token both come from it). */
    private Optional<SavedLogin> saved() {
        if (saved == null) {
            saved = config.load();
        }
        return saved;
    }

    static String normalise(String url) {
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        throw new IllegalStateException("no default");
    }
}
