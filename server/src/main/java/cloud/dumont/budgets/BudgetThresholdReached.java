package cloud.dumont.budgets;

import java.util.UUID;

/**
 * A user's spend this month reached {@code threshold} percent (50, 80 or 100) of their monthly budget; published once
 * per month, threshold and budget, after the notice is stored.
 */
public record BudgetThresholdReached(UUID userId, int threshold, double spentUsd, double budgetUsd) {}
