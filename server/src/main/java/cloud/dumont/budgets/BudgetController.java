package cloud.dumont.budgets;

import cloud.dumont.api.budgets.BudgetRequest;
import cloud.dumont.api.budgets.BudgetResponse;
import cloud.dumont.budgets.internal.Budgets;
import cloud.dumont.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own monthly budget and spend; nobody sees another user's, admins included. */
@RestController
@Tag(name = "Budget")
class BudgetController {

    private final Budgets budgets;

    BudgetController(Budgets budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/api/v1/budget")
    @Operation(
            summary = "Your spend this month (UTC) against your monthly budget",
            description = "Spend is what your Vast.ai deployments cost this month so far, live; the deployments listed"
                    + " are those that cost something this month or are live. Notices are sent at 50, 80 and 100 % of"
                    + " the budget, each once per month and budget.")
    BudgetResponse get(Authentication auth) {
        return budgets.view(CurrentUser.of(auth).id());
    }

    @PutMapping("/api/v1/budget")
    @Operation(summary = "Set your monthly budget in USD (more than 0, at most 100000), or remove it with null")
    @ApiResponse(responseCode = "200", description = "Your spend this month against the new budget")
    @ApiResponse(responseCode = "422", description = "The budget is not a positive amount up to 100000")
    BudgetResponse put(@RequestBody BudgetRequest request, Authentication auth) {
        return budgets.set(CurrentUser.of(auth).id(), request);
    }
}
