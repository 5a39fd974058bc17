package cloud.dumont.budgets.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A calendar month in UTC, the period a monthly budget covers. */
record BudgetMonth(YearMonth month) {

    static BudgetMonth of(Instant at) {
        return new BudgetMonth(YearMonth.from(at.atOffset(ZoneOffset.UTC)));
    }

    Instant start() {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** {@code YYYY-MM}, as stored and shown. */
    String key() {
        return month.toString();
    }
}
