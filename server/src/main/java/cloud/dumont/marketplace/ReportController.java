package cloud.dumont.marketplace;

import cloud.dumont.api.marketplace.ReportRequest;
import cloud.dumont.api.marketplace.ReportResolution;
import cloud.dumont.api.marketplace.ReportResponse;
import cloud.dumont.marketplace.internal.Reports;
import cloud.dumont.marketplace.internal.Saved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Abuse reports: anyone signed in files them, admins see and settle them. */
@RestController
@RequestMapping("/api/v1/marketplace")
@Tag(name = "Marketplace")
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @PostMapping("/templates/{id}/reports")
    @Operation(
            summary = "Report a template to the admins",
            description = "201 with the new report; 200 with your open report of this template when you have one"
                    + " (one open report per user per template). 404 for a template the caller may not see.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "201", description = "Your new report")
    @ApiResponse(responseCode = "200", description = "Your report of this template that is still open")
    ResponseEntity<ReportResponse> reportTemplate(
            @PathVariable String id, @Valid @RequestBody ReportRequest request, Authentication auth) {
        Saved<ReportResponse> saved = reports.report(id, Callers.required(auth), request);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.value());
    }

    @GetMapping("/reports")
    @Operation(
            summary = "Reports with a status, newest first (admins)",
            description = "401 without a sign-in, 403 for users who are not admins.",
            security = @SecurityRequirement(name = "bearer"))
    List<ReportResponse> listReports(
            @RequestParam(defaultValue = "open") @Pattern(regexp = "open|dismissed|actioned") String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Authentication auth) {
        Callers.admin(auth);
        return reports.list(status, page, size);
    }

    @PostMapping("/reports/{reportId}/resolve")
    @Operation(
            summary = "Settle an open report (admins)",
            description = "dismiss marks it dismissed; unpublish unpublishes the template (running deployments keep"
                    + " running) and marks every open report of it actioned. 409 when the report is settled already.",
            security = @SecurityRequirement(name = "bearer"))
    ReportResponse resolveReport(
            @PathVariable UUID reportId, @Valid @RequestBody ReportResolution resolution, Authentication auth) {
        return reports.resolve(reportId, Callers.admin(auth), resolution);
    }
}
