package cloud.dumont.marketplace.internal;

import cloud.dumont.platform.SqlTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-template counters. Every change is a relative update ({@code x = x + d}) in the caller's transaction, so
 * concurrent reviews and launches never overwrite one another and the counts always equal the rows they count.
 */
@Repository
public class TemplateStats {

    /** Launch weights are measured against a fixed epoch so they compare across templates without decaying rows. */
    static final Instant TREND_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    static final Duration TREND_HALF_LIFE = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final Clock clock;

    TemplateStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The counters of one template. */
    public record Stats(long ratingSum, int ratingCount, long launches, long ready, long failed, double trendWeight) {

        static final Stats NONE = new Stats(0, 0, 0, 0, 0, 0);

        public Double ratingAverage() {
            return ratingCount == 0 ? null : (double) ratingSum / ratingCount;
        }

        /** Launches weighted by recency at {@code now}: each launch counts 1 when new, 1/2 after one half-life. */
        public double trendingScore(Instant now) {
            return trendWeight / weight(now);
        }
    }

    /** Creates the counters row when missing; safe to call concurrently and repeatedly. */
    public void ensure(UUID templateId) {
        jdbc.sql("insert into template_stats (template_id) values (?) on conflict do nothing")
                .param(templateId)
                .update();
    }

    /** Gives every template without counters its row (templates written by the catalog sync, for one). */
    public int ensureAll() {
        return jdbc.sql("insert into template_stats (template_id) select t.id from templates t"
                        + " where not exists (select 1 from template_stats s where s.template_id = t.id)")
                .update();
    }

    public void addRating(UUID templateId, int ratingDelta, int countDelta) {
        add(templateId, "rating_sum = rating_sum + ?, rating_count = rating_count + ?", ratingDelta, countDelta);
    }

    public void addLaunch(UUID templateId, Instant at) {
        add(templateId, "launches = launches + 1, trend_weight = trend_weight + ?", weight(at));
    }

    public void addOutcome(UUID templateId, boolean ready) {
        add(templateId, ready ? "ready = ready + 1" : "failed = failed + 1");
    }

    /**
     * Runs a relative update, stamped so other replicas' search indexes find it (see SearchCatchUp), creating the row
     * first only when it is missing. Updating first keeps the common case to one row lock: H2 runs {@code insert ...
     * on conflict} under a table lock, which would queue every concurrent review and launch behind one another.
     */
    private void add(UUID templateId, String assignments, Object... deltas) {
        List<Object> params = new ArrayList<>(List.of(deltas));
        params.add(SqlTimes.at(clock.instant()));
        params.add(templateId);
        String update = "update template_stats set " + assignments + ", changed_at = ? where template_id = ?";
        if (jdbc.sql(update).params(params).update() == 0) {
            ensure(templateId);
            jdbc.sql(update).params(params).update();
        }
    }

    /** Templates whose counters changed at or after {@code since}. */
    public List<UUID> changedSince(Instant since) {
        return jdbc.sql("select template_id from template_stats where changed_at >= ?")
                .param(SqlTimes.at(since))
                .query(UUID.class)
                .list();
    }

    public Stats get(UUID templateId) {
        return of(List.of(templateId)).getOrDefault(templateId, Stats.NONE);
    }

    public Map<UUID, Stats> of(Collection<UUID> templateIds) {
        Map<UUID, Stats> stats = new HashMap<>();
        if (templateIds.isEmpty()) {
            return stats;
        }
        jdbc.sql("select template_id, rating_sum, rating_count, launches, ready, failed, trend_weight"
                        + " from template_stats where template_id in (:ids)")
                .param("ids", templateIds)
                .query((rs, n) -> stats.put(
                        rs.getObject(1, UUID.class),
                        new Stats(
                                rs.getLong(2),
                                rs.getInt(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getDouble(7))))
                .list();
        return stats;
    }

    /** 2^(t / half-life) from the epoch: adding it per launch makes a sum that ranks by decayed launch count. */
    static double weight(Instant at) {
        double halfLives = (double) Duration.between(TREND_EPOCH, at).toMillis() / TREND_HALF_LIFE.toMillis();
        return Math.pow(2, halfLives);
    }
}
