package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.marketplace.ReviewPage;
import cloud.dumont.api.marketplace.ReviewRequest;
import cloud.dumont.api.marketplace.ReviewResponse;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DumontServerExtension.class)
class ReviewsApiTest {

    private DumontClient author;
    private DumontClient reviewer;
    private DumontClient reader;
    private String template;

    @BeforeEach
    void publish(DumontServer server) {
        author = Users.signedUp(server, "Ada Author");
        reviewer = Users.signedUp(server, "Rita Reviewer");
        reader = Users.signedUp(server, "Rhea Reader");
        template = author.marketplace()
                .publish(Templates.whisper("reviewed-" + Users.unique(), "Reviewed " + Users.unique()))
                .id()
                .toString();
    }

    @Test
    void submitListMineEditAndDelete() {
        assertThat(reviewer.reviews().mine(template)).isEmpty();

        ReviewResponse written =
                reviewer.reviews().submit(template, new ReviewRequest(4, "Works well", "Fast on a 4090.", "podcasts"));

        assertThat(written.rating()).isEqualTo(4);
        assertThat(written.title()).isEqualTo("Works well");
        assertThat(written.mine()).isTrue();
        assertThat(written.reviewer()).isNotBlank();
        assertThat(reviewer.reviews().mine(template))
                .get()
                .extracting(ReviewResponse::id)
                .isEqualTo(written.id());

        ReviewPage page = reader.reviews().list(template, 0, 10, "recent");
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).extracting(ReviewResponse::id).containsExactly(written.id());
        assertThat(page.items().getFirst().mine()).isFalse();
        assertThat(page.rating().count()).isEqualTo(1);
        assertThat(page.rating().average()).isEqualTo(4.0);

        ReviewResponse edited = reviewer.reviews().submit(template, new ReviewRequest(2, "Got worse", null, null));
        assertThat(edited.id()).isEqualTo(written.id());
        assertThat(reader.reviews().list(template, null, null, null).rating().average())
                .isEqualTo(2.0);

        reviewer.reviews().deleteMine(template);

        assertThat(reviewer.reviews().mine(template)).isEmpty();
        ReviewPage empty = reader.reviews().list(template, null, null, null);
        assertThat(empty.total()).isZero();
        assertThat(empty.rating().count()).isZero();
        DumontException again = catchThrowableOfType(
                DumontException.class, () -> reviewer.reviews().deleteMine(template));
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void theAuthorCannotReviewAndAnInvalidRatingNamesTheField() {
        DumontException own = catchThrowableOfType(DumontException.class, () -> author.reviews()
                .submit(template, new ReviewRequest(5, "My own work", null, null)));
        DumontException invalid = catchThrowableOfType(DumontException.class, () -> reviewer.reviews()
                .submit(template, new ReviewRequest(6, "Too good", null, null)));

        assertThat(own.status()).isEqualTo(403);
        assertThat(invalid.status()).isIn(400, 422);
        assertThat(invalid.problem().errors())
                .extracting(Problem.FieldError::field)
                .contains("rating");
    }

    @Test
    void anotherUserVotesHelpfulOnceAndWithdraws() {
        ReviewResponse review =
                reviewer.reviews().submit(template, new ReviewRequest(5, "Excellent", "Accurate and fast.", null));

        ReviewResponse voted = reader.reviews().voteHelpful(review.id());
        ReviewResponse votedAgain = reader.reviews().voteHelpful(review.id());

        assertThat(voted.helpfulVotes()).isEqualTo(1);
        assertThat(voted.votedHelpful()).isTrue();
        assertThat(votedAgain.helpfulVotes()).isEqualTo(1);
        assertThat(reader.reviews()
                        .list(template, 0, 10, "helpful")
                        .items()
                        .getFirst()
                        .votedHelpful())
                .isTrue();
        DumontException own = catchThrowableOfType(
                DumontException.class, () -> reviewer.reviews().voteHelpful(review.id()));
        assertThat(own.status()).isEqualTo(409);

        ReviewResponse withdrawn = reader.reviews().withdrawHelpfulVote(review.id());

        assertThat(withdrawn.helpfulVotes()).isZero();
        assertThat(withdrawn.votedHelpful()).isFalse();
        assertThat(reader.reviews().withdrawHelpfulVote(review.id()).helpfulVotes())
                .isZero();
    }
}
