package cloud.dumont.api.budgets;

import java.time.Instant;

/**
 * A budget threshold crossed: sent once per month per threshold and budget.
 *
 * @param month the calendar month (UTC) as {@code YYYY-MM}
 * @param threshold 50, 80 or 100 (percent of the budget)
 * @param budgetUsd the budget it was a share of
 * @param spentUsd the month's spend when it was crossed
 * @param message what the user was told, also written on each of their live deployments
 */
public record BudgetNotice(
        String month, int threshold, double budgetUsd, double spentUsd, Instant at, String message) {}
