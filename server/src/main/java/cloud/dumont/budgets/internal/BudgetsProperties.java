package cloud.dumont.budgets.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of budgets ({@code dumont.budgets.*}).
 *
 * @param checksEnabled whether this server checks budgets on its own schedule (tests check by hand)
 * @param checkInterval time between two checks of every budget; a threshold is noticed at most this late
 */
@Validated
@ConfigurationProperties("dumont.budgets")
record BudgetsProperties(boolean checksEnabled, @NotNull Duration checkInterval) {}
