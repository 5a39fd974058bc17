package cloud.dumont.api.budgets;

/**
 * A user's monthly budget.
 *
 * @param monthlyBudgetUsd the budget in US dollars per calendar month (UTC), more than 0 and at most 100000; null
 *     removes it
 */
public record BudgetRequest(Double monthlyBudgetUsd) {}
