package cloud.dumont.marketplace.internal;

import cloud.dumont.api.marketplace.DailyLaunches;
import cloud.dumont.api.marketplace.FailureReason;
import cloud.dumont.api.marketplace.TemplateAnalytics;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.SqlTimes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A template's usage, measured from the launch events the deployment engine recorded. */
@Service
public class UsageAnalytics {

    static final int DAYS = 30;
    /** The median time to ready is taken over the latest launches, so it follows the template's current versions. */
    static final int MEDIAN_WINDOW = 1_000;

    private final JdbcClient jdbc;
    private final TemplateAccess access;
    private final TemplateStats stats;
    private final Clock clock;

    UsageAnalytics(JdbcClient jdbc, TemplateAccess access, TemplateStats stats, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.stats = stats;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TemplateAnalytics of(String ref, CurrentUser user) {
        StoredTemplate template = access.visible(ref, user);
        TemplateStats.Stats s = stats.get(template.id());
        Instant now = clock.instant();
        long finished = s.ready() + s.failed();
        return new TemplateAnalytics(
                template.id(),
                s.launches(),
                s.ready(),
                s.failed(),
                finished == 0 ? null : (double) s.ready() / finished,
                median(template),
                Math.round(s.trendingScore(now) * 100) / 100.0,
                daily(template, now),
                topFailures(template));
    }

    private Double median(StoredTemplate template) {
        List<Double> seconds = jdbc
                .sql("select seconds_to_ready from template_launches"
                        + " where template_id = ? and kind = 'ready' order by at desc limit " + MEDIAN_WINDOW)
                .param(template.id())
                .query(Double.class)
                .list()
                .stream()
                .sorted()
                .toList();
        if (seconds.isEmpty()) {
            return null;
        }
        int n = seconds.size();
        double median = n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
        return Math.round(median * 10) / 10.0;
    }

    /** The last 30 UTC days, oldest first, days without launches included so a chart has no gaps. */
    private List<DailyLaunches> daily(StoredTemplate template, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, long[]> counts = new HashMap<>();
        jdbc.sql("select at, kind from template_launches where template_id = ? and at >= ?")
                .params(template.id(), SqlTimes.at(first.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .query(rs -> {
                    LocalDate day = LocalDate.ofInstant(SqlTimes.instant(rs, "at"), ZoneOffset.UTC);
                    long[] c = counts.computeIfAbsent(day, d -> new long[3]);
                    switch (rs.getString("kind")) {
                        case "requested" -> c[0]++;
                        case "ready" -> c[1]++;
                        default -> c[2]++;
                    }
                });
        List<DailyLaunches> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            long[] c = counts.getOrDefault(d, new long[3]);
            days.add(new DailyLaunches(d, c[0], c[1], c[2]));
        }
        return days;
    }

    private List<FailureReason> topFailures(StoredTemplate template) {
        return jdbc.sql("select coalesce(reason_code, 'unknown') as code, count(*) as n from template_launches"
                        + " where template_id = ? and kind = 'failed' group by coalesce(reason_code, 'unknown')"
                        + " order by n desc, code limit 5")
                .param(template.id())
                .query((rs, n) -> new FailureReason(rs.getString(1), rs.getLong(2)))
                .list();
    }
}
