package cloud.dumont.marketplace;

import static cloud.dumont.marketplace.MarketplaceFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.marketplace.MarketplaceFixtures.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reviews written at the same moment over HTTP keep the template's rating exact: the stored sum and count equal the
 * reviews stored, and the average the API shows is their exact mean. Run on each database the server supports.
 */
abstract class ConcurrentReviewsContract {

    static final int REVIEWERS = 100;

    @LocalServerPort
    int port;

    @Autowired
    TemplateRegistry registry;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    MarketplaceFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new MarketplaceFixtures(api, registry);
    }

    @Test
    void aHundredReviewersAtOnceLeaveTheExactAverageAndCount() throws Exception {
        StoredTemplate template = fixtures.template(fixtures.signUp("Author"));
        String reviews = "/api/v1/marketplace/templates/" + template.id() + "/reviews";
        List<User> reviewers = all(REVIEWERS, i -> fixtures.signUp("Reviewer " + i));
        List<Integer> ratings = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            ratings.add(1 + (i * 7 + i / 3) % 5);
        }

        List<Response> answers = allAtOnce(
                REVIEWERS,
                i -> api.post(
                        reviews,
                        review(ratings.get(i), "Review " + i),
                        reviewers.get(i).token()));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        long sum = ratings.stream().mapToLong(Integer::longValue).sum();
        JsonNode page = api.get(reviews).json();
        assertThat(page.get("total").asLong()).isEqualTo(REVIEWERS);
        assertThat(page.get("rating").get("count").asInt()).isEqualTo(REVIEWERS);
        assertThat(page.get("rating").get("average").asDouble()).isEqualTo((double) sum / REVIEWERS);
        assertThat(storedStats(template.id())).containsExactly(sum, (long) REVIEWERS);
    }

    @Test
    void oneUserPostingManyTimesAtOnceHasOneReviewCountedOnce() throws Exception {
        StoredTemplate template = fixtures.template(fixtures.signUp("Author"));
        String reviews = "/api/v1/marketplace/templates/" + template.id() + "/reviews";
        User reviewer = fixtures.signUp("Eager");
        int posts = 24;

        List<Response> answers =
                allAtOnce(posts, i -> api.post(reviews, review(1 + i % 5, "Take " + i), reviewer.token()));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201));
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(1);
        JsonNode mine = api.get(reviews + "/mine", reviewer.token()).json();
        JsonNode page = api.get(reviews).json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("rating").get("count").asInt()).isEqualTo(1);
        assertThat(page.get("rating").get("average").asDouble())
                .isEqualTo(mine.get("rating").asDouble());
        assertThat(storedStats(template.id()))
                .containsExactly(mine.get("rating").asLong(), 1L);
    }

    @Test
    void concurrentHelpfulVotesCountEachVoterOnce() throws Exception {
        StoredTemplate template = fixtures.template(fixtures.signUp("Author"));
        String reviews = "/api/v1/marketplace/templates/" + template.id() + "/reviews";
        String reviewId = api.post(
                        reviews,
                        review(5, "Helpful?"),
                        fixtures.signUp("Writer").token())
                .json()
                .get("id")
                .asString();
        List<User> voters = all(10, i -> fixtures.signUp("Voter " + i));

        List<Response> answers = allAtOnce(
                40,
                i -> api.post(
                        "/api/v1/marketplace/reviews/" + reviewId + "/helpful",
                        "",
                        voters.get(i % 10).token()));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201));
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(10);
        assertThat(api.get(reviews)
                        .json()
                        .get("items")
                        .get(0)
                        .get("helpful_votes")
                        .asInt())
                .isEqualTo(10);
    }

    /** rating_sum and rating_count as stored. */
    private List<Long> storedStats(UUID templateId) {
        Map<String, Object> row = jdbc.sql("select rating_sum, rating_count from template_stats where template_id = ?")
                .param(templateId)
                .query()
                .singleRow();
        return List.of(((Number) row.get("rating_sum")).longValue(), ((Number) row.get("rating_count")).longValue());
    }

    /** Runs the calls on their own virtual threads, released together by a latch, and their answers in order. */
    static <T> List<T> allAtOnce(int n, Function<Integer, T> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                };
                futures.add(threads.submit(task));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    /** Makes n things in parallel (sign-ups hash passwords, which is slow one by one). */
    static <T> List<T> all(int n, Function<Integer, T> make) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(threads.submit(() -> make.apply(index)));
            }
            List<T> made = new ArrayList<>();
            for (Future<T> f : futures) {
                made.add(f.get());
            }
            return made;
        }
    }
}
