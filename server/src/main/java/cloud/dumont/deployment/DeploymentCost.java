package cloud.dumont.deployment;

import cloud.dumont.api.deployment.DeploymentStatus;
import java.util.UUID;

/** What one deployment cost inside a window of time, and where it stands now. */
public record DeploymentCost(UUID id, String templateName, DeploymentStatus status, double costUsd) {}
