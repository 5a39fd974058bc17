package cloud.dumont.budgets.internal;

import cloud.dumont.api.budgets.BudgetRequest;
import cloud.dumont.api.budgets.BudgetResponse;
import cloud.dumont.api.budgets.DeploymentSpend;
import cloud.dumont.deployment.DeploymentCost;
import cloud.dumont.deployment.Spending;
import cloud.dumont.platform.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** A user's budget: set, removed, and shown with this month's spend. */
@Service
public class Budgets {

    static final double MAX_BUDGET_USD = 100_000;

    private final BudgetRepository budgets;
    private final NoticeLedger notices;
    private final Spending spending;
    private final Clock clock;

    Budgets(BudgetRepository budgets, NoticeLedger notices, Spending spending, Clock clock) {
        this.budgets = budgets;
        this.notices = notices;
        this.spending = spending;
        this.clock = clock;
    }

    public BudgetResponse view(UUID userId) {
        Instant now = clock.instant();
        BudgetMonth month = BudgetMonth.of(now);
        Double budget =
                budgets.findById(userId).map(BudgetEntity::getMonthlyBudgetUsd).orElse(null);
        List<DeploymentCost> costs = spending.byDeployment(userId, month.start(), now);
        double spent = costs.stream().mapToDouble(DeploymentCost::costUsd).sum();
        return new BudgetResponse(
                budget,
                month.key(),
                spent,
                budget == null ? null : spent / budget,
                budget == null ? List.of() : Thresholds.reached(spent, budget),
                costs.stream()
                        .map(c -> new DeploymentSpend(c.id(), c.templateName(), c.status(), c.costUsd()))
                        .toList(),
                notices.recent(userId),
                spending.savedUsd(userId, now));
    }

    /** Sets or (with null) removes the budget; anything but a positive amount up to the maximum changes nothing. */
    public BudgetResponse set(UUID userId, BudgetRequest request) {
        Double budget = request == null ? null : request.monthlyBudgetUsd();
        check(budget);
        store(userId, budget);
        return view(userId);
    }

    private void store(UUID userId, Double budget) {
        BudgetEntity row = budgets.findById(userId).orElseGet(() -> new BudgetEntity(userId));
        row.set(budget, clock.instant());
        budgets.save(row);
    }

    private static void check(Double budget) {
        if (budget == null) {
            return;
        }
        if (budget.isNaN() || budget <= 0 || budget > MAX_BUDGET_USD) {
            throw ProblemException.withFieldErrors(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-budget",
                    "Invalid budget",
                    "The budget was not changed",
                    List.of(new ProblemException.FieldProblem(
                            "monthly_budget_usd",
                            "must be more than 0 and at most 100000 (US dollars a month), or null for no budget")));
        }
    }
}
