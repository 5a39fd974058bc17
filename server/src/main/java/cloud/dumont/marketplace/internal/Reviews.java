package cloud.dumont.marketplace.internal;

import cloud.dumont.api.marketplace.RatingSummary;
import cloud.dumont.api.marketplace.ReviewPage;
import cloud.dumont.api.marketplace.ReviewRequest;
import cloud.dumont.api.marketplace.ReviewResponse;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.identity.UserDirectory;
import cloud.dumont.marketplace.internal.ReviewStore.Locked;
import cloud.dumont.marketplace.internal.ReviewStore.ReviewRow;
import cloud.dumont.platform.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reviews and helpful votes: one review per user per template (posting again edits it), one helpful vote per user per
 * review.
 *
 * <p>The template's rating sum and count change in the same transaction as the review row, by relative updates, so
 * they always equal the reviews stored however many are written at once. An edit locks its review row first, so two
 * edits of one review apply their rating differences one after the other against the rating the other left.
 *
 * <p>Status codes for what a caller may not do:
 *
 * <ul>
 *   <li>Reviewing your own template: 403. Whether you may review is decided by who you are with respect to the
 *       template (its author), like "only the author may edit" is; nothing about the template's state would make the
 *       request succeed later, so it is a permission refusal, not a conflict. Clients hide the form from authors.
 *   <li>Reviewing an unpublished template: 409. The same request succeeds on a listed template; it conflicts with the
 *       template's current state (its reviews are frozen), not with who asks. Others see an unpublished template as
 *       404, as if it did not exist; only its author and admins reach this rule.
 *   <li>Voting your own review helpful: 409. A helpful vote records someone else's judgement of the review; the author's
 *       vote would conflict with the rule that the count is of other readers, a rule about the review's state (who
 *       wrote it) that the client can tell from {@code mine} before asking.
 * </ul>
 */
@Service
public class Reviews {

    public enum Sort {
        HELPFUL,
        RECENT
    }

    private final ReviewStore store;
    private final TemplateAccess access;
    private final TemplateStats stats;
    private final UserDirectory users;
    private final RetryingTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(
            ReviewStore store,
            TemplateAccess access,
            TemplateStats stats,
            UserDirectory users,
            RetryingTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.stats = stats;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the caller's review of the template, or edits it when they have one. Two first posts of the same user at
     * once cannot both create: the unique constraint fails the second, which then runs again as an edit.
     */
    public Saved<ReviewResponse> submit(String templateRef, CurrentUser user, ReviewRequest request) {
        Saved<UUID> saved = transactions.run(() -> {
            StoredTemplate template = access.visible(templateRef, user);
            if (template.unpublishedAt() != null) {
                throw new ProblemException(
                        HttpStatus.CONFLICT,
                        "template-unpublished",
                        "Template unpublished",
                        "This template has been unpublished and takes no reviews");
            }
            if (template.ownedBy(user.id())) {
                throw ProblemException.forbidden("Authors cannot review their own template");
            }
            Instant now = clock.instant();
            Optional<Locked> mine = store.lockByAuthor(template.id(), user.id());
            if (mine.isPresent()) {
                Locked review = mine.get();
                store.update(review.id(), request.rating(), request.title(), request.body(), request.useCase(), now);
                ratingChanged(template.id(), request.rating() - review.rating(), 0);
                return new Saved<>(review.id(), false);
            }
            UUID id = store.insert(
                    template.id(),
                    user.id(),
                    request.rating(),
                    request.title(),
                    request.body(),
                    request.useCase(),
                    now);
            ratingChanged(template.id(), request.rating(), 1);
            return new Saved<>(id, true);
        });
        return new Saved<>(response(saved.value(), user), saved.created());
    }

    /** The caller's review of the template; 404 when they have none. */
    /** The caller's review, if they wrote one: not having reviewed is a normal state, not an error. */
    public Optional<ReviewResponse> mine(String templateRef, CurrentUser user) {
        StoredTemplate template = access.visible(templateRef, user);
        return store.getByAuthor(template.id(), user.id()).map(row -> view(row, user, names(List.of(row))));
    }

    /** Removes the caller's review and takes its rating out of the template's. */
    public void deleteMine(String templateRef, CurrentUser user) {
        transactions.run(() -> {
            StoredTemplate template = access.visible(templateRef, user);
            Locked review = store.lockByAuthor(template.id(), user.id())
                    .orElseThrow(() -> ProblemException.notFound("Your review of this template"));
            store.delete(review.id());
            ratingChanged(template.id(), -review.rating(), -1);
            return null;
        });
    }

    /** A page of the template's reviews with its rating, as this caller (null: anonymous) sees them. */
    public ReviewPage page(String templateRef, CurrentUser user, int page, int size, Sort sort) {
        StoredTemplate template = access.visible(templateRef, user);
        UUID caller = user == null ? null : user.id();
        ReviewStore.Order order = sort == Sort.RECENT ? ReviewStore.Order.RECENT : ReviewStore.Order.HELPFUL;
        List<ReviewRow> rows = store.page(template.id(), caller, order, page, size);
        Map<UUID, String> names = names(rows);
        TemplateStats.Stats counters = stats.get(template.id());
        return new ReviewPage(
                rows.stream().map(row -> view(row, user, names)).toList(),
                store.count(template.id()),
                page,
                size,
                new RatingSummary(counters.ratingAverage(), counters.ratingCount()));
    }

    /**
     * Votes the review helpful. A repeat vote changes nothing and is not an error; two first votes at once cannot both
     * count: they queue on the review's lock, and the second finds the first (the vote's primary key is the backstop).
     */
    public Saved<ReviewResponse> voteHelpful(UUID reviewId, CurrentUser user) {
        boolean created = transactions.run(() -> {
            Locked review = visibleReview(reviewId, user);
            if (review.userId().equals(user.id())) {
                throw new ProblemException(
                        HttpStatus.CONFLICT,
                        "own-review",
                        "Your own review",
                        "Helpful votes are other readers' judgement; you cannot vote for your own review");
            }
            if (store.hasVoted(reviewId, user.id())) {
                return false;
            }
            store.addVote(reviewId, user.id(), clock.instant());
            return true;
        });
        return new Saved<>(response(reviewId, user), created);
    }

    /** Withdraws the caller's helpful vote; withdrawing a vote that is not there changes nothing. */
    public ReviewResponse withdrawVote(UUID reviewId, CurrentUser user) {
        transactions.run(() -> {
            visibleReview(reviewId, user);
            return store.removeVote(reviewId, user.id());
        });
        return response(reviewId, user);
    }

    /**
     * A review whose template the caller may see, locked for the vote being written; 404 (like a review that does not
     * exist) otherwise.
     */
    private Locked visibleReview(UUID reviewId, CurrentUser user) {
        Locked review = store.lock(reviewId).orElseThrow(() -> ProblemException.notFound("Review " + reviewId));
        try {
            access.visible(review.templateId().toString(), user);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("Review " + reviewId);
        }
        return review;
    }

    private void ratingChanged(UUID templateId, int ratingDelta, int countDelta) {
        if (ratingDelta == 0 && countDelta == 0) {
            return;
        }
        stats.addRating(templateId, ratingDelta, countDelta);
        events.publishEvent(new TemplateChanged(templateId));
    }

    private ReviewResponse response(UUID reviewId, CurrentUser user) {
        ReviewRow row =
                store.get(reviewId, user.id()).orElseThrow(() -> ProblemException.notFound("Review " + reviewId));
        return view(row, user, names(List.of(row)));
    }

    private Map<UUID, String> names(List<ReviewRow> rows) {
        return users.displayNames(rows.stream().map(ReviewRow::userId).toList());
    }

    private static ReviewResponse view(ReviewRow row, CurrentUser caller, Map<UUID, String> names) {
        return new ReviewResponse(
                row.id(),
                row.templateId(),
                names.getOrDefault(row.userId(), "A former user"),
                row.rating(),
                row.title(),
                row.body(),
                row.useCase(),
                row.verifiedUsage(),
                row.helpfulVotes(),
                row.votedHelpful(),
                caller != null && caller.id().equals(row.userId()),
                row.createdAt(),
                row.updatedAt());
    }
}
