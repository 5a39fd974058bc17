package cloud.dumont.cli;

import cloud.dumont.api.identity.SignupRequest;
import cloud.dumont.sdk.DumontClient;
import cloud.dumont.testkit.DumontServer;
import java.util.UUID;

/** Fresh accounts on the test server, so tests never share deployments, reviews or the per-user limit. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {}

    /** Signs a new user up and answers their email. */
    public static String signUp(DumontServer server, String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        DumontClient.builder(server.baseUrl()).build().auth().signup(new SignupRequest(email, PASSWORD, name));
        return email;
    }

    /** A new user's personal API token, as the web UI would make one. */
    public static String token(DumontServer server, String name) {
        String email = signUp(server, name);
        DumontClient anonymous = DumontClient.builder(server.baseUrl()).build();
        String access = anonymous.auth().login(email, PASSWORD).accessToken();
        return anonymous.withToken(access).auth().createToken("test", 1).token();
    }
}
