package cloud.dumont.budgets.internal;

import cloud.dumont.api.budgets.BudgetNotice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A budget threshold crossed and the notice sent for it. */
@Entity
@Table(name = "budget_notices")
class BudgetNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID userId;

    @Column(name = "budget_month")
    private String month;

    private int threshold;
    private double budgetUsd;
    private double spentUsd;
    private Instant at;
    private String message;

    protected BudgetNoticeEntity() {}

    BudgetNoticeEntity(
            UUID userId, String month, int threshold, double budgetUsd, double spentUsd, Instant at, String message) {
        this.userId = userId;
        this.month = month;
        this.threshold = threshold;
        this.budgetUsd = budgetUsd;
        this.spentUsd = spentUsd;
        this.at = at;
        this.message = message;
    }

    BudgetNotice toResponse() {
        return new BudgetNotice(month, threshold, budgetUsd, spentUsd, at, message);
    }

    UUID getUserId() {
        return userId;
    }

    String getMonth() {
        return month;
    }

    int getThreshold() {
        return threshold;
    }

    double getBudgetUsd() {
        return budgetUsd;
    }

    String getMessage() {
        return message;
    }
}
