package cloud.dumont.marketplace.internal;

import static cloud.dumont.platform.SqlTimes.at;
import static cloud.dumont.platform.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of reviews and helpful votes. Counters ({@code helpful_votes}) change only by relative updates in the
 * transaction that writes the vote row they count.
 */
@Repository
class ReviewStore {

    /** Stands in for an anonymous caller in "has this caller voted" (a null would leave the parameter untyped). */
    private static final UUID NOBODY = new UUID(0, 0);

    /**
     * A review with what is computed when it is read. {@code verified_usage} is computed, not stored: a review becomes
     * verified as soon as its author deploys the template, even after writing it.
     */
    private static final String SELECT = "select r.id, r.template_id, r.user_id, r.rating, r.title, r.body,"
            + " r.use_case, r.helpful_votes, r.created_at, r.updated_at,"
            + " exists (select 1 from template_launches l where l.user_id = r.user_id"
            + " and l.template_id = r.template_id and l.kind = 'requested') as verified_usage,"
            + " exists (select 1 from review_votes v where v.review_id = r.id and v.user_id = :caller)"
            + " as voted_helpful"
            + " from template_reviews r";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ReviewRow(
            UUID id,
            UUID templateId,
            UUID userId,
            int rating,
            String title,
            String body,
            String useCase,
            int helpfulVotes,
            boolean verifiedUsage,
            boolean votedHelpful,
            Instant createdAt,
            Instant updatedAt) {}

    /** The review's id and rating as stored, with the row locked until the transaction ends. */
    record Locked(UUID id, UUID templateId, UUID userId, int rating) {}

    enum Order {
        HELPFUL("r.helpful_votes desc, r.created_at desc, r.id"),
        RECENT("r.updated_at desc, r.id");

        final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    Optional<Locked> lockByAuthor(UUID templateId, UUID userId) {
        return jdbc.sql("select id, template_id, user_id, rating from template_reviews"
                        + " where template_id = ? and user_id = ? for update")
                .params(templateId, userId)
                .query(ReviewStore::locked)
                .optional();
    }

    /**
     * The review, locked until the transaction ends. Votes on one review take this lock first, so they queue on it
     * instead of colliding later on the vote's primary key and the counter's row (which, on H2, made writers time out
     * on each other's locks under load and exhaust their retries).
     */
    Optional<Locked> lock(UUID reviewId) {
        return jdbc.sql("select id, template_id, user_id, rating from template_reviews where id = ? for update")
                .param(reviewId)
                .query(ReviewStore::locked)
                .optional();
    }

    UUID insert(UUID templateId, UUID userId, int rating, String title, String body, String useCase, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into template_reviews (id, template_id, user_id, rating, title, body, use_case,"
                        + " helpful_votes, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(id, templateId, userId, rating, title, body, useCase, at(now), at(now))
                .update();
        return id;
    }

    /** Rewrites what the author wrote; never touches {@code helpful_votes}, which votes change concurrently. */
    void update(UUID reviewId, int rating, String title, String body, String useCase, Instant now) {
        jdbc.sql("update template_reviews set rating = ?, title = ?, body = ?, use_case = ?, updated_at = ?"
                        + " where id = ?")
                .params(rating, title, body, useCase, at(now), reviewId)
                .update();
    }

    void delete(UUID reviewId) {
        jdbc.sql("delete from template_reviews where id = ?").param(reviewId).update();
    }

    Optional<ReviewRow> get(UUID reviewId, UUID caller) {
        return jdbc.sql(SELECT + " where r.id = :id")
                .param("caller", caller == null ? NOBODY : caller)
                .param("id", reviewId)
                .query(ReviewStore::row)
                .optional();
    }

    Optional<ReviewRow> getByAuthor(UUID templateId, UUID userId) {
        return jdbc.sql(SELECT + " where r.template_id = :template and r.user_id = :author")
                .param("caller", userId)
                .param("template", templateId)
                .param("author", userId)
                .query(ReviewStore::row)
                .optional();
    }

    List<ReviewRow> page(UUID templateId, UUID caller, Order order, int page, int size) {
        return jdbc.sql(SELECT + " where r.template_id = :template order by " + order.sql
                        + " limit :limit offset :offset")
                .param("caller", caller == null ? NOBODY : caller)
                .param("template", templateId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ReviewStore::row)
                .list();
    }

    long count(UUID templateId) {
        return jdbc.sql("select count(*) from template_reviews where template_id = ?")
                .param(templateId)
                .query(Long.class)
                .single();
    }

    boolean hasVoted(UUID reviewId, UUID userId) {
        return jdbc.sql("select count(*) from review_votes where review_id = ? and user_id = ?")
                        .params(reviewId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds the vote and counts it; a second vote of the same user fails on the primary key. */
    void addVote(UUID reviewId, UUID userId, Instant now) {
        jdbc.sql("insert into review_votes (review_id, user_id, created_at) values (?, ?, ?)")
                .params(reviewId, userId, at(now))
                .update();
        jdbc.sql("update template_reviews set helpful_votes = helpful_votes + 1 where id = ?")
                .param(reviewId)
                .update();
    }

    /** Withdraws the vote and uncounts it, if there was one. */
    boolean removeVote(UUID reviewId, UUID userId) {
        int removed = jdbc.sql("delete from review_votes where review_id = ? and user_id = ?")
                .params(reviewId, userId)
                .update();
        if (removed > 0) {
            jdbc.sql("update template_reviews set helpful_votes = helpful_votes - ? where id = ?")
                    .params(removed, reviewId)
                    .update();
        }
        return removed > 0;
    }

    private static Locked locked(ResultSet rs, int n) throws SQLException {
        return new Locked(
                rs.getObject("id", UUID.class),
                rs.getObject("template_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getInt("rating"));
    }

    private static ReviewRow row(ResultSet rs, int n) throws SQLException {
        return new ReviewRow(
                rs.getObject("id", UUID.class),
                rs.getObject("template_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getInt("rating"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("use_case"),
                rs.getInt("helpful_votes"),
                rs.getBoolean("verified_usage"),
                rs.getBoolean("voted_helpful"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }
}
