package cloud.dumont.budgets.internal;

import cloud.dumont.api.budgets.BudgetNotice;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The notices sent, so each threshold fires once per user, month and budget. */
@Repository
class NoticeLedger {

    private final BudgetNoticeRepository notices;

    NoticeLedger(BudgetNoticeRepository notices) {
        this.notices = notices;
    }

    /**
     * Stores the notice unless one was sent for the same user, month, threshold and budget.
     *
     * @return true when it is new and is to be sent
     * @throws org.springframework.dao.DataIntegrityViolationException when another server stored it first
     */
    @Transactional
    boolean record(BudgetNoticeEntity notice) {
        if (notices.existsByUserIdAndMonthAndThresholdAndBudgetUsd(
                notice.getUserId(), notice.getMonth(), notice.getThreshold(), notice.getBudgetUsd())) {
            return false;
        }
        notices.saveAndFlush(notice);
        return true;
    }

    @Transactional(readOnly = true)
    List<BudgetNotice> recent(UUID userId) {
        return notices.findTop50ByUserIdOrderByAtDescThresholdDesc(userId).stream()
                .map(BudgetNoticeEntity::toResponse)
                .toList();
    }
}
