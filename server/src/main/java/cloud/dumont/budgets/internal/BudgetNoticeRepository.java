package cloud.dumont.budgets.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetNoticeRepository extends JpaRepository<BudgetNoticeEntity, Long> {

    boolean existsByUserIdAndMonthAndThresholdAndBudgetUsd(UUID userId, String month, int threshold, double budgetUsd);

    List<BudgetNoticeEntity> findTop50ByUserIdOrderByAtDescThresholdDesc(UUID userId);
}
