package cloud.dumont.budgets.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's monthly budget in USD; null once removed. */
@Entity
@Table(name = "user_budgets")
class BudgetEntity {

    @Id
    private UUID userId;

    private Double monthlyBudgetUsd;
    private Instant updatedAt;

    protected BudgetEntity() {}

    BudgetEntity(UUID userId) {
        this.userId = userId;
    }

    void set(Double monthlyBudgetUsd, Instant now) {
        this.monthlyBudgetUsd = monthlyBudgetUsd;
        this.updatedAt = now;
    }

    UUID getUserId() {
        return userId;
    }

    Double getMonthlyBudgetUsd() {
        return monthlyBudgetUsd;
    }
}
