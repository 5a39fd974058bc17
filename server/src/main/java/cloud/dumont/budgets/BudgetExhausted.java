package cloud.dumont.budgets;

import java.util.UUID;

/**
 * A user's spend this month reached their whole monthly budget; published once per month and budget, right after the
 * 100 % {@link BudgetThresholdReached}. Nothing acts on it yet: the user's deployments keep running.
 */
public record BudgetExhausted(UUID userId) {}
