package cloud.dumont.api.budgets;

import cloud.dumont.api.deployment.DeploymentStatus;
import java.util.UUID;

/** One deployment's cost in the month so far; Dumont lists those that cost something this month or are live. */
public record DeploymentSpend(UUID id, String templateName, DeploymentStatus status, double costThisMonthUsd) {}
