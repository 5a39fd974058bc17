package cloud.dumont.sdk;

import cloud.dumont.api.identity.AccessToken;
import cloud.dumont.api.identity.ApiTokenRequest;
import cloud.dumont.api.identity.ApiTokenResponse;
import cloud.dumont.api.identity.LoginRequest;
import cloud.dumont.api.identity.SignupRequest;
import cloud.dumont.api.identity.UserResponse;
import java.util.List;
import java.util.UUID;

/** Accounts and personal API tokens ({@code /api/v1/auth}). */
public final class AuthApi {

    private final Http http;

    AuthApi(Http http) {
        this.http = http;
    }

    /** Exchanges email and password for a short-lived access token; use it with {@link DumontClient#withToken}. */
    public AccessToken login(String email, String password) {
        return http.post("/api/v1/auth/login", new LoginRequest(email, password), AccessToken.class);
    }

    /** Creates an account, when the server allows sign-up. */
    public UserResponse signup(SignupRequest request) {
        return http.post("/api/v1/auth/signup", request, UserResponse.class);
    }

    /** The account the client's token belongs to. */
    public UserResponse me() {
        return http.get("/api/v1/auth/me", UserResponse.class);
    }

    /** Your personal API tokens, without their secrets. */
    public List<ApiTokenResponse> tokens() {
        return http.get("/api/v1/auth/tokens", Types.listOf(ApiTokenResponse.class));
    }

    /**
     * Creates a personal API token; the answer is the only place its secret ({@link ApiTokenResponse#token()}) is
     * ever shown.
     *
     * @param expiresInDays null for a token that never expires
     */
    public ApiTokenResponse createToken(String name, Integer expiresInDays) {
        return http.post("/api/v1/auth/tokens", new ApiTokenRequest(name, expiresInDays), ApiTokenResponse.class);
    }

    /** Revokes one of your tokens at once. */
    public void revokeToken(UUID id) {
        http.delete("/api/v1/auth/tokens/" + id);
    }
}
