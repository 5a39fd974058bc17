package cloud.dumont.machines;

import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.api.machines.BlacklistRequest;
import cloud.dumont.api.machines.MachineDetail;
import cloud.dumont.api.machines.MachineHistoryResponse;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.machines.internal.Blacklist;
import cloud.dumont.machines.internal.MachineHistory;
import cloud.dumont.platform.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Host history and the blacklist. Reading needs a sign-in (attempts name other users' images and failures); changing
 * the blacklist is for admins.
 */
@RestController
@Validated
@RequestMapping("/api/v1/machines")
@Tag(name = "Machines")
class MachineController {

    private final MachineHistory history;
    private final Blacklist blacklist;

    MachineController(MachineHistory history, Blacklist blacklist) {
        this.history = history;
        this.blacklist = blacklist;
    }

    @GetMapping("/history")
    @Operation(
            summary = "Provider machines with their success rate and median time to ready, and each GPU model's",
            description = "Only ready and failed attempts count towards a success rate; a deployment destroyed while"
                    + " starting and a race loser do not. Sorted by the sort key, ties by machine id.",
            security = @SecurityRequirement(name = "bearer"))
    MachineHistoryResponse list(
            @Parameter(description = "Only machines of this GPU model")
                    @RequestParam(name = "gpu_name", required = false)
                    @Size(max = 64)
                    String gpuName,
            @Parameter(description = "Only machines that are (true) or are not (false) blacklisted now")
                    @RequestParam(name = "blacklisted", required = false)
                    Boolean blacklisted,
            @Parameter(description = "success_rate, attempts, failures, median_ready, last_attempt or machine_id")
                    @RequestParam(name = "sort", defaultValue = "last_attempt")
                    String sort,
            @RequestParam(name = "order", defaultValue = "desc") @Pattern(regexp = "asc|desc") String order,
            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(name = "offset", defaultValue = "0") @Min(0) int offset) {
        return history.history(
                gpuName == null || gpuName.isBlank() ? null : gpuName,
                blacklisted,
                MachineHistory.sort(sort),
                "desc".equals(order),
                limit,
                offset);
    }

    @GetMapping("/{machineId}")
    @Operation(
            summary = "One machine: its record, blacklist entries and latest attempts",
            security = @SecurityRequirement(name = "bearer"))
    MachineDetail machine(@PathVariable @Positive long machineId) {
        return history.machine(machineId);
    }

    @GetMapping("/blacklist")
    @Operation(summary = "Machines blacklisted now, newest first", security = @SecurityRequirement(name = "bearer"))
    List<BlacklistEntry> blacklist() {
        return blacklist.activeEntries();
    }

    @PostMapping("/blacklist")
    @Operation(
            summary = "Blacklist a machine by hand (admins)",
            description = "Replaces the machine's active entry, if any. Without duration_hours it lasts until an admin"
                    + " clears it.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "201", description = "The new entry")
    ResponseEntity<BlacklistEntry> add(@Valid @RequestBody BlacklistRequest request, Authentication auth) {
        CurrentUser admin = admin(auth);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(blacklist.add(admin.id(), request.machineId(), request.reason(), request.durationHours()));
    }

    @DeleteMapping("/blacklist/{machineId}")
    @Operation(
            summary = "Clear a machine from the blacklist (admins)",
            description = "404 when the machine is not blacklisted now.",
            security = @SecurityRequirement(name = "bearer"))
    BlacklistEntry clear(
            @PathVariable @Positive long machineId,
            @Parameter(description = "Why it is cleared, kept with the entry")
                    @RequestParam(name = "reason")
                    @NotBlank
                    @Size(min = 3, max = 500)
                    String reason,
            Authentication auth) {
        return blacklist.clear(admin(auth).id(), machineId, reason);
    }

    private static CurrentUser admin(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        if (!user.admin()) {
            throw ProblemException.forbidden("Only admins may change the blacklist");
        }
        return user;
    }
}
