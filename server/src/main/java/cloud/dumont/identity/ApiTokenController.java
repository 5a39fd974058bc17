package cloud.dumont.identity;

import cloud.dumont.api.identity.ApiTokenRequest;
import cloud.dumont.api.identity.ApiTokenResponse;
import cloud.dumont.identity.internal.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Authentication")
@SecurityRequirement(name = "bearer")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Create a personal API token; the secret is in this answer only")
    ResponseEntity<ApiTokenResponse> create(@Valid @RequestBody ApiTokenRequest request, Authentication auth) {
        ApiTokenResponse created = tokens.create(CurrentUser.of(auth).id(), request);
        return ResponseEntity.created(URI.create("/api/v1/auth/tokens/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "Your personal API tokens (without their secrets)")
    List<ApiTokenResponse> list(Authentication auth) {
        return tokens.list(CurrentUser.of(auth).id());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your personal API tokens")
    ResponseEntity<Void> delete(@PathVariable UUID id, Authentication auth) {
        tokens.delete(CurrentUser.of(auth).id(), id);
        return ResponseEntity.noContent().build();
    }
}
