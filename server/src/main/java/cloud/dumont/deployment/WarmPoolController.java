package cloud.dumont.deployment;

import cloud.dumont.api.deployment.WarmPoolRequest;
import cloud.dumont.api.deployment.WarmPoolResponse;
import cloud.dumont.deployment.internal.WarmPools;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Warm pools for the Serverless strategy; administrators only. */
@RestController
@Tag(name = "Deployments")
class WarmPoolController {

    private final WarmPools pools;

    WarmPoolController(WarmPools pools) {
        this.pools = pools;
    }

    @GetMapping("/api/v1/warm-pools")
    @Operation(summary = "Every template's warm pool: size, members running idle, members on the way (admin)")
    List<WarmPoolResponse> list(Authentication auth) {
        return pools.list(CurrentUser.of(auth));
    }

    @PutMapping("/api/v1/warm-pools/{slug}")
    @Operation(
            summary = "Set how many idle instances of a template Dumont keeps running for Serverless deploys (admin)",
            description = "Members are ordered at once and replaced as deploys take them; 0 destroys the idle ones."
                    + " Each member is billed while it waits.")
    WarmPoolResponse configure(
            @PathVariable String slug, @Valid @RequestBody WarmPoolRequest request, Authentication auth) {
        return pools.configure(CurrentUser.of(auth), slug, request.minIdle());
    }
}
