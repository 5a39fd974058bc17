package cloud.dumont.sdk;

import cloud.dumont.api.marketplace.ReviewPage;
import cloud.dumont.api.marketplace.ReviewRequest;
import cloud.dumont.api.marketplace.ReviewResponse;
import java.util.Optional;
import java.util.UUID;

/** Reviews and ratings of marketplace templates: one review per user per template, and helpful votes. */
public final class ReviewsApi {

    private static final String BASE = "/api/v1/marketplace";

    private final Http http;

    ReviewsApi(Http http) {
        this.http = http;
    }

    /**
     * One page of a template's reviews.
     *
     * @param sort {@code helpful} (most helpful votes first, the default) or {@code recent}; null for the default
     */
    public ReviewPage list(String template, Integer page, Integer size, String sort) {
        return http.get(
                path(template) + Query.of().add("page", page).add("size", size).add("sort", sort), ReviewPage.class);
    }

    /** Writes your review of the template, or edits it if you wrote one already. */
    public ReviewResponse submit(String template, ReviewRequest request) {
        return http.post(path(template), request, ReviewResponse.class);
    }

    /** Your review of the template, if you wrote one. */
    public Optional<ReviewResponse> mine(String template) {
        return http.call("GET", path(template) + "/mine", null, Http.JSON.constructType(ReviewResponse.class));
    }

    /** Deletes your review of the template; 404 when you have not written one. */
    public void deleteMine(String template) {
        http.delete(path(template) + "/mine");
    }

    /** Marks someone else's review as helpful (once per user). */
    public ReviewResponse voteHelpful(UUID reviewId) {
        return http.post(BASE + "/reviews/" + reviewId + "/helpful", null, ReviewResponse.class);
    }

    /** Withdraws your helpful vote; the review as it now counts, also when you had not voted. */
    public ReviewResponse withdrawHelpfulVote(UUID reviewId) {
        return http.delete(BASE + "/reviews/" + reviewId + "/helpful", ReviewResponse.class);
    }

    private static String path(String template) {
        return BASE + "/templates/" + Query.encode(template) + "/reviews";
    }
}
