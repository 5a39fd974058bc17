package cloud.dumont.budgets.internal;

import java.util.List;
import java.util.Locale;

/** The shares of a budget that send a notice, and what the notice says. */
final class Thresholds {

    static final List<Integer> LEVELS = List.of(50, 80, 100);

    private Thresholds() {}

    /** The levels {@code spent} has reached of {@code budget}, lowest first. */
    static List<Integer> reached(double spent, double budget) {
        // spent * 100 >= level * budget rather than a share, so that $40 of $50 is 80 % without rounding doubts
        return LEVELS.stream().filter(level -> spent * 100 >= level * budget).toList();
    }

    /**
     * The notice, saying exactly what happens next: at 100 % the user's running deployments hibernate.
     */
    static String message(int level, double spent, double budget) {
        String base = String.format(
                Locale.ROOT,
                "Budget: %d %% of your %s monthly budget is spent (%s)",
                level,
                budget(budget),
                usd(spent));
        return level < 100
                ? base
                : base + "; your running deployments hibernate (no GPU billed, disks kept) until you wake them";
    }

    /** A budget as people write it: $50, or $49.50. */
    static String budget(double usd) {
        return usd == Math.rint(usd) ? String.format(Locale.ROOT, "$%.0f", usd) : usd(usd);
    }

    static String usd(double usd) {
        return String.format(Locale.ROOT, "$%.2f", usd);
    }
}
