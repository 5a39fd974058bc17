package cloud.dumont.sdk;

import cloud.dumont.api.identity.SignupRequest;
import cloud.dumont.testkit.DumontServer;
import java.util.UUID;

/** Fresh accounts for integration tests, so tests share nothing but the server. */
final class Users {

    static final String PASSWORD = "correct-horse-battery";

    private Users() {}

    /** An anonymous client of the test server. */
    static DumontClient anonymous(DumontServer server) {
        return DumontClient.builder(server.baseUrl()).build();
    }

    /** A new user, signed in. */
    static DumontClient signedUp(DumontServer server, String displayName) {
        String email = uniqueEmail();
        DumontClient anonymous = anonymous(server);
        anonymous.auth().signup(new SignupRequest(email, PASSWORD, displayName));
        return anonymous.withToken(anonymous.auth().login(email, PASSWORD).accessToken());
    }

    static DumontClient admin(DumontServer server) {
        DumontClient anonymous = anonymous(server);
        return anonymous.withToken(anonymous
                .auth()
                .login(DumontServer.ADMIN_EMAIL, DumontServer.ADMIN_PASSWORD)
                .accessToken());
    }

    static String uniqueEmail() {
        return "sdk-" + UUID.randomUUID() + "@example.org";
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
