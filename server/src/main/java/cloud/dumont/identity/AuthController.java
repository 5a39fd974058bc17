package cloud.dumont.identity;

import cloud.dumont.api.identity.AccessToken;
import cloud.dumont.api.identity.LoginRequest;
import cloud.dumont.api.identity.SignupRequest;
import cloud.dumont.api.identity.UserResponse;
import cloud.dumont.identity.internal.Accounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final Accounts accounts;

    AuthController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/login")
    @Operation(summary = "Exchange email and password for a signed access token (JWT)")
    AccessToken login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return accounts.login(request.email(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/signup")
    @Operation(summary = "Create an account (when sign-up is switched on)")
    ResponseEntity<UserResponse> signup(@Valid @RequestBody SignupRequest request) {
        UserResponse user = accounts.signup(request);
        return ResponseEntity.created(URI.create("/api/v1/auth/me")).body(user);
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account", security = @SecurityRequirement(name = "bearer"))
    UserResponse me(Authentication authentication) {
        return accounts.get(CurrentUser.of(authentication).id());
    }
}
