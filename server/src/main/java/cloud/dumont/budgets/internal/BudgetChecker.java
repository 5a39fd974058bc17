package cloud.dumont.budgets.internal;

import cloud.dumont.budgets.BudgetExhausted;
import cloud.dumont.budgets.BudgetThresholdReached;
import cloud.dumont.deployment.DeploymentCost;
import cloud.dumont.deployment.DeploymentService;
import cloud.dumont.deployment.Spending;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every budget each {@code check-interval}: a threshold the month's spend has newly reached is stored as a
 * notice, published ({@link BudgetThresholdReached}, and {@link BudgetExhausted} at 100 %) and written on each of the
 * user's live deployments. The stored notice is what makes it fire once, also across replicas.
 */
@Component
public class BudgetChecker {

    private static final Logger log = LoggerFactory.getLogger(BudgetChecker.class);

    private final BudgetRepository budgets;
    private final NoticeLedger notices;
    private final Spending spending;
    private final DeploymentService deployments;
    private final ApplicationEventPublisher publisher;
    private final BudgetsProperties properties;
    private final Clock clock;

    BudgetChecker(
            BudgetRepository budgets,
            NoticeLedger notices,
            Spending spending,
            DeploymentService deployments,
            ApplicationEventPublisher publisher,
            BudgetsProperties properties,
            Clock clock) {
        this.budgets = budgets;
        this.notices = notices;
        this.spending = spending;
        this.deployments = deployments;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${dumont.budgets.check-interval}",
            initialDelayString = "${dumont.budgets.check-interval}")
    void scheduled() {
        if (properties.checksEnabled()) {
            check();
        }
    }

    /**
     * Checks every user's budget against their spend this month (UTC) as of the clock's now.
     *
     * @return notices sent
     */
    public int check() {
        Instant now = clock.instant();
        BudgetMonth month = BudgetMonth.of(now);
        int sent = 0;
        for (BudgetEntity budget : budgets.findByMonthlyBudgetUsdIsNotNull()) {
            try {
                sent += check(budget.getUserId(), budget.getMonthlyBudgetUsd(), month, now);
            } catch (RuntimeException e) {
                log.warn("Budget check of user {} skipped: {}", budget.getUserId(), e.getMessage());
            }
        }
        return sent;
    }

    private int check(UUID userId, double budget, BudgetMonth month, Instant now) {
        List<DeploymentCost> costs = spending.byDeployment(userId, month.start(), now);
        double spent = costs.stream().mapToDouble(DeploymentCost::costUsd).sum();
        int sent = 0;
        for (int level : Thresholds.reached(spent, budget)) {
            String message = Thresholds.message(level, spent, budget);
            if (!firstTime(new BudgetNoticeEntity(userId, month.key(), level, budget, spent, now, message))) {
                continue;
            }
            sent++;
            publisher.publishEvent(new BudgetThresholdReached(userId, level, spent, budget));
            costs.stream().filter(c -> c.status().live()).forEach(c -> deployments.note(c.id(), message));
            if (level == 100) {
                deployments.hibernateAll(
                        userId, "Budget spent: hibernating to stop paying for the GPU; wake it to go on");
                publisher.publishEvent(new BudgetExhausted(userId));
            }
        }
        return sent;
    }

    private boolean firstTime(BudgetNoticeEntity notice) {
        try {
            return notices.record(notice);
        } catch (DataIntegrityViolationException e) {
            return false; // another replica stored it a moment ago
        }
    }
}
