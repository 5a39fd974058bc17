package cloud.dumont.cli.marketplace;

import cloud.dumont.api.marketplace.QualityReport;
import java.io.PrintWriter;

/** The publishing pipeline's verdict on a new version: its score and what would raise it. */
final class QualityLines {

    private QualityLines() {}

    static void render(QualityReport quality, PrintWriter out) {
        if (quality == null) {
            return;
        }
        out.println("Quality score: " + quality.score() + "/100");
        quality.checks().stream()
                .filter(c -> "warn".equals(c.level()))
                .forEach(c -> out.println("  warning: " + TemplateView.check(c)));
    }
}
