package cloud.dumont.cli.market;

import cloud.dumont.api.market.BidOption;
import cloud.dumont.api.market.BidSuggestion;
import cloud.dumont.api.market.MarketHistory;
import cloud.dumont.api.market.MarketPoint;
import cloud.dumont.cli.output.Cells;
import cloud.dumont.cli.output.Rendered;
import cloud.dumont.cli.output.Sparkline;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A GPU model's price history for people: one sparkline per price, its low, high and latest, then the bid. */
final class MarketHistoryView implements Rendered {

    /** Wide enough to see a day's shape, narrow enough for an 80-column terminal with the labels around it. */
    static final int WIDTH = 40;

    private static final String ON_DEMAND = "On-demand median";
    private static final String BID = "Interruptible min bid";

    private final MarketHistory history;

    MarketHistoryView(MarketHistory history) {
        this.history = history;
    }

    @Override
    public void render(PrintWriter out) {
        List<MarketPoint> points = history.points();
        out.println(title());
        if (points.isEmpty()) {
            out.println("No samples in this span.");
        } else {
            out.println("From " + Cells.text(points.getFirst().at()) + " to "
                    + Cells.text(points.getLast().at()) + ", " + points.size() + " points ($/h for the whole offer):");
            out.println();
            Sparkline onDemand = line(MarketPoint::priceMedian);
            Sparkline bid = line(MarketPoint::bidMin);
            int width = Math.max(dollarsWidth(onDemand), dollarsWidth(bid));
            series(out, ON_DEMAND, onDemand, width);
            series(out, BID, bid, width);
        }
        out.println();
        bid(out, history.suggestedBid());
    }

    private String title() {
        return history.gpuName() + ", " + history.numGpus() + (history.numGpus() == 1 ? " GPU" : " GPUs") + ", "
                + ("all".equals(history.region()) ? "all regions" : history.region()) + ", last " + history.range()
                + (history.simulated() ? " (simulated cloud)" : "");
    }

    private Sparkline line(Function<MarketPoint, Double> value) {
        return Sparkline.of(history.points().stream().map(value).toList(), WIDTH);
    }

    /** The widest low or high label, so both drawings start in the same column. */
    private static int dollarsWidth(Sparkline line) {
        return line.isEmpty()
                ? 0
                : Math.max(
                        Cells.dollars(line.min()).length(),
                        Cells.dollars(line.max()).length());
    }

    private static void series(PrintWriter out, String label, Sparkline line, int width) {
        String name = String.format(Locale.ROOT, "%-" + BID.length() + "s", label);
        if (line.isEmpty()) {
            out.println(name + "  no interruptible offers in this span");
            return;
        }
        out.println(name + "  low " + pad(Cells.dollars(line.min()), width) + "  " + line.line() + "  high "
                + pad(Cells.dollars(line.max()), width) + "  now " + Cells.dollars(line.last()));
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static void bid(PrintWriter out, BidSuggestion s) {
        if (s == null || s.bidPerHour() == null) {
            out.println("No suggested bid: no interruptible offer was seen in the last "
                    + (s == null ? 168 : s.windowHours()) + " h.");
            return;
        }
        StringBuilder line = new StringBuilder("Suggested bid: ")
                .append(Cells.dollars(s.bidPerHour()))
                .append(", outbid risk ")
                .append(Cells.percent(s.outbidRisk()))
                .append(" (target ")
                .append(Cells.percent(s.targetRisk()))
                .append(')');
        if (s.savings() != null && s.onDemandMedian() != null) {
            line.append(", ")
                    .append(Cells.percent(s.savings()))
                    .append(" below the on-demand median of ")
                    .append(Cells.dollars(s.onDemandMedian()));
        }
        out.println(line);
        out.println("  from " + s.samples() + " samples of the last " + s.windowHours()
                + " h; past prices do not promise future ones.");
        BidOption yours = s.yourBid();
        if (yours != null) {
            out.println("Your bid " + Cells.dollars(yours.bidPerHour()) + ": outbid risk "
                    + Cells.percent(yours.outbidRisk()));
        }
    }
}
