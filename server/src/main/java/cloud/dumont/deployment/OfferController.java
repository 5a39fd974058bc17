package cloud.dumont.deployment;

import cloud.dumont.api.deployment.OfferAlertRequest;
import cloud.dumont.api.deployment.OfferAlertResponse;
import cloud.dumont.api.deployment.OffersResponse;
import cloud.dumont.deployment.internal.OfferAlerts;
import cloud.dumont.deployment.internal.OfferConstraints;
import cloud.dumont.deployment.internal.Offers;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Offers")
class OfferController {

    private final Offers offers;
    private final OfferAlerts alerts;

    OfferController(Offers offers, OfferAlerts alerts) {
        this.offers = offers;
        this.alerts = alerts;
    }

    @GetMapping({"/api/v1/templates/{slug}/offers", "/api/templates/{slug}/offers"})
    @Operation(
            summary =
                    "Live GPU offers the template fits on, best expected cost of a working GPU first, with the reasons",
            description = "Compatible means VRAM at or above the template's minimum, a driver new enough for its"
                    + " CUDA version, a rentable host above the reliability floor (verified unless verified_only is"
                    + " false) and room for its disk; region and max_price narrow the list further.")
    OffersResponse list(
            @PathVariable String slug,
            @Parameter(description = "Only this GPU model, e.g. RTX 4090")
                    @RequestParam(name = "gpu_name", required = false)
                    @Size(max = 64)
                    String gpuName,
            @Parameter(description = "Only offers at or under this $/h")
                    @RequestParam(name = "max_price", required = false)
                    @DecimalMin("0.01")
                    @DecimalMax("1000")
                    Double maxPrice,
            @Parameter(description = "Disk the deployment will get, in GB; the template's default when absent")
                    @RequestParam(name = "disk_gb", required = false)
                    @Min(10)
                    @Max(2048)
                    Integer diskGb,
            @Parameter(
                            description = "Only hosts in this region: north_america, europe, asia_pacific,"
                                    + " south_america or africa_middle_east")
                    @RequestParam(name = "region", required = false)
                    @Size(max = 32)
                    String region,
            @Parameter(
                            description =
                                    "Only verified hosts (the default); false lets cheaper, riskier unverified hosts in")
                    @RequestParam(name = "verified_only", defaultValue = "true")
                    boolean verifiedOnly,
            @RequestParam(name = "limit", defaultValue = "20") @Min(1) @Max(100) int limit) {
        OfferConstraints constraints = OfferConstraints.of(maxPrice, region, verifiedOnly, "region");
        return offers.forTemplate(slug, gpuName, constraints, diskGb, limit);
    }

    @PostMapping("/api/v1/templates/{slug}/offer-alerts")
    @Operation(summary = "Ask to be notified when compatible offers appear for this template")
    @ApiResponse(responseCode = "201", description = "The stored request")
    ResponseEntity<OfferAlertResponse> notifyMe(
            @PathVariable String slug, @Valid @RequestBody OfferAlertRequest request, Authentication auth) {
        return ResponseEntity.status(HttpStatus.CREATED).body(alerts.create(CurrentUser.of(auth), slug, request));
    }

    @GetMapping("/api/v1/offer-alerts")
    @Operation(summary = "Your notify-me requests and whether offers have appeared")
    List<OfferAlertResponse> myAlerts(Authentication auth) {
        return alerts.list(CurrentUser.of(auth));
    }
}
