package cloud.dumont.api.budgets;

import java.util.List;

/**
 * A user's spend this month against their monthly budget.
 *
 * @param monthlyBudgetUsd the budget, or null when none is set
 * @param month the current calendar month (UTC) as {@code YYYY-MM}
 * @param spentUsd what the user's Vast.ai deployments cost this month so far
 * @param share {@code spentUsd / monthlyBudgetUsd} (above 1 once the budget is overspent); null without a budget
 * @param thresholdsReached the thresholds (50, 80, 100 percent) the spend has reached against the budget as it is now
 * @param deployments the deployments that cost something this month or are live, newest first
 * @param notices the notices sent, newest first (this month's and earlier ones)
 * @param savedUsd what hibernation has saved on all the user's deployments to date (all months, destroyed deployments
 *     included): the GPU hours not paid for while their instances were stopped
 */
public record BudgetResponse(
        Double monthlyBudgetUsd,
        String month,
        double spentUsd,
        Double share,
        List<Integer> thresholdsReached,
        List<DeploymentSpend> deployments,
        List<BudgetNotice> notices,
        double savedUsd) {}
