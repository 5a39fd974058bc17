package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.identity.AccessToken;
import cloud.dumont.api.identity.ApiTokenResponse;
import cloud.dumont.api.identity.SignupRequest;
import cloud.dumont.api.identity.UserResponse;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DumontServerExtension.class)
class AuthApiTest {

    @Test
    void signupThenLoginGivesATokenThatMeAnswersWith(DumontServer server) {
        DumontClient anonymous = Users.anonymous(server);
        String email = Users.uniqueEmail();

        UserResponse created = anonymous.auth().signup(new SignupRequest(email, Users.PASSWORD, "Sig Nup"));
        AccessToken access = anonymous.auth().login(email, Users.PASSWORD);
        UserResponse me = anonymous.withToken(access.accessToken()).auth().me();

        assertThat(created.email()).isEqualTo(email);
        assertThat(created.displayName()).isEqualTo("Sig Nup");
        assertThat(created.role()).isEqualTo("USER");
        assertThat(access.accessToken()).isNotBlank();
        assertThat(access.tokenType()).isEqualToIgnoringCase("bearer");
        assertThat(access.expiresIn()).isPositive();
        assertThat(me.id()).isEqualTo(created.id());
        assertThat(me.email()).isEqualTo(email);
    }

    @Test
    void aWrongPasswordIs401WithTheServersDetail(DumontServer server) {
        DumontClient anonymous = Users.anonymous(server);

        DumontException e = catchThrowableOfType(
                DumontException.class, () -> anonymous.auth().login(DumontServer.ADMIN_EMAIL, "not-the-password"));

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.isConnectionFailure()).isFalse();
        assertThat(e.problem().detail()).isEqualTo("Wrong email or password");
        assertThat(e.getMessage()).isEqualTo("Wrong email or password");
    }

    @Test
    void aShortPasswordIsRejectedByField(DumontServer server) {
        DumontException e = catchThrowableOfType(
                DumontException.class,
                () -> Users.anonymous(server).auth().signup(new SignupRequest(Users.uniqueEmail(), "short", null)));

        assertThat(e.status()).isBetween(400, 422);
        assertThat(e.problem().errors()).extracting(Problem.FieldError::field).contains("password");
    }

    @Test
    void meWithoutATokenIs401(DumontServer server) {
        DumontException e = catchThrowableOfType(
                DumontException.class, () -> Users.anonymous(server).auth().me());

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.problem().detail()).startsWith("Sign in first");
    }

    @Test
    void aPersonalTokenShowsItsSecretOnceWorksAndStopsWorkingWhenRevoked(DumontServer server) {
        DumontClient user = Users.signedUp(server, "Token Holder");
        String email = user.auth().me().email();

        ApiTokenResponse created = user.auth().createToken("ci", 30);

        assertThat(created.token()).startsWith("dmt_");
        assertThat(created.token()).startsWith(created.prefix());
        assertThat(created.name()).isEqualTo("ci");
        assertThat(created.expiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        assertThat(created.toString()).doesNotContain(created.token());

        List<ApiTokenResponse> listed = user.auth().tokens();
        assertThat(listed).extracting(ApiTokenResponse::id).containsExactly(created.id());
        assertThat(listed.getFirst().token()).isNull();
        assertThat(listed.getFirst().prefix()).isEqualTo(created.prefix());

        DumontClient withPersonalToken =
                DumontClient.builder(server.baseUrl()).token(created.token()).build();
        assertThat(withPersonalToken.auth().me().email()).isEqualTo(email);

        ApiTokenResponse forever = user.auth().createToken("forever", null);
        assertThat(forever.expiresAt()).isNull();

        user.auth().revokeToken(created.id());

        assertThat(user.auth().tokens()).extracting(ApiTokenResponse::id).containsExactly(forever.id());
        DumontException e = catchThrowableOfType(
                DumontException.class, () -> withPersonalToken.auth().me());
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.problem().detail()).isEqualTo("The bearer token is invalid, expired or revoked; sign in again");
    }
}
