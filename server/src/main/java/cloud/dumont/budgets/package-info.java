/**
 * Monthly budgets per user: spend this month from the deployments' costs, notices at 50, 80 and 100 % of the budget
 * (each once per month), and the events other features act on ({@link cloud.dumont.budgets.BudgetThresholdReached},
 * {@link cloud.dumont.budgets.BudgetExhausted}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budgets")
package cloud.dumont.budgets;
