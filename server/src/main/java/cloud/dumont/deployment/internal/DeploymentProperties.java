package cloud.dumont.deployment.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the deployment engine ({@code dumont.deployments.*}).
 *
 * @param maxPerUser live deployments one user may have at once
 * @param provisioningTimeout how long an ordered instance may take to run before the deployment fails
 * @param healthTimeout how long a running instance's app may take to answer its health path before it is unhealthy
 * @param healthBackoffCap the longest wait between two health checks of a starting app
 * @param pollInterval how often a provisioning instance is looked at
 * @param watchInterval how often all instances are listed at once, to notice a booted instance quickly
 * @param runningCheckInterval how often a running deployment's instance and health are checked
 * @param deployWait how long {@code POST deploy} waits for the provider to accept the order before it answers
 * @param loopEnabled whether this process reconciles deployments (tests drive passes themselves)
 * @param minReliability offers from hosts below this reliability are not shown
 * @param racePriceSpread how much more per hour than the first racer (the best-ranked offer) a Race's other racers may
 *     cost: 0.1 races only offers within 10 % of it, so whichever wins, the GPU kept costs about what Coldstart's
 *     would; 0 races any offer
 * @param huggingFaceToken the server's {@code HUGGINGFACE_TOKEN}, given to templates that download models when the
 *     user brings none of their own
 */
@Validated
@ConfigurationProperties("dumont.deployments")
public record DeploymentProperties(
        @Positive int maxPerUser,
        @NotNull Duration provisioningTimeout,
        @NotNull Duration graphReadyTimeout,
        @NotNull Duration attemptDeadline,
        @NotNull Duration raceStagger,
        @NotNull Duration healthTimeout,
        @NotNull Duration healthBackoffCap,
        @NotNull Duration pollInterval,
        @NotNull Duration watchInterval,
        @NotNull Duration runningCheckInterval,
        @NotNull Duration leaseDuration,
        @NotNull Duration deployWait,
        @NotNull Duration orphanSweepInterval,
        @NotNull Duration offerAlertInterval,
        @DecimalMin("0") @DecimalMax("1") double minReliability,
        @DecimalMin("0") @DecimalMax("10") double racePriceSpread,
        @Positive int workers,
        boolean loopEnabled,
        String huggingFaceToken) {

    @Override
    public String toString() {
        return "DeploymentProperties[maxPerUser=" + maxPerUser + ", provisioningTimeout=" + provisioningTimeout
                + ", healthTimeout=" + healthTimeout + "]";
    }
}
