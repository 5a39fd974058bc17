package cloud.dumont.marketplace.search;

import static cloud.dumont.marketplace.search.TestTemplate.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSearchWritesTest {

    private final TemplateSearchIndex index = new TemplateSearchIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private List<UUID> search(String text) {
        return index.search(TestQuery.text(text).build()).ids();
    }

    @Test
    void upsertReplacesTheTemplateWithTheSameId() {
        UUID id = UUID.randomUUID();
        index.upsert(named("Old Name").id(id).category("development").build());
        index.upsert(named("New Name").id(id).category("llm-inference").build());

        assertThat(index.size()).isEqualTo(1);
        assertThat(search("old")).isEmpty();
        assertThat(search("new")).containsExactly(id);
        assertThat(index.search(TestQuery.all().build()).facets().get("category"))
                .containsExactly(new FacetCount("llm-inference", 1));
    }

    @Test
    void upsertAllReplacesExistingTemplatesAndTheLastOfTheSameIdWins() {
        UUID id = UUID.randomUUID();
        index.upsert(named("First").id(id).build());
        index.upsertAll(List.of(
                named("Second").id(id).build(),
                named("Third").id(id).build(),
                named("Other").build()));

        assertThat(index.size()).isEqualTo(2);
        assertThat(search("third")).containsExactly(id);
        assertThat(search("first")).isEmpty();
        assertThat(search("second")).isEmpty();
    }

    @Test
    void aLargeBatchIsIndexedInParallelAndStillTheLastOfTheSameIdWins() {
        List<SearchDocument> batch = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            batch.add(named("Bulk template " + i)
                    .category(i % 2 == 0 ? "even" : "odd")
                    .build());
        }
        for (int i = 0; i < 10; i++) {
            batch.add(named("Replacement " + i)
                    .id(batch.get(i).id())
                    .category("replaced")
                    .build());
        }
        index.upsertAll(batch);

        assertThat(index.size()).isEqualTo(1_500);
        assertThat(index.search(TestQuery.all().category("replaced").build()).total())
                .isEqualTo(10);
        assertThat(index.search(TestQuery.all().category("even").build()).total())
                .isEqualTo(745);
        assertThat(index.search(TestQuery.text("replacement").page(0, 100).build())
                        .ids())
                .containsExactlyInAnyOrderElementsOf(
                        batch.subList(0, 10).stream().map(SearchDocument::id).toList());
    }

    @Test
    void removeDeletesOneTemplateAndIgnoresUnknownIds() {
        SearchDocument kept = named("Kept").build();
        SearchDocument removed = named("Removed").build();
        index.upsertAll(List.of(kept, removed));

        index.remove(removed.id());
        index.remove(UUID.randomUUID());

        assertThat(index.size()).isEqualTo(1);
        assertThat(search("removed")).isEmpty();
        assertThat(index.search(TestQuery.all().build()).ids()).containsExactly(kept.id());
    }

    @Test
    void removeAllEmptiesTheIndexWhichStaysUsable() {
        index.upsertAll(List.of(named("One").build(), named("Two").build()));

        index.removeAll();
        assertThat(index.size()).isZero();
        assertThat(index.search(TestQuery.all().build()).total()).isZero();

        SearchDocument again = named("Three").build();
        index.upsert(again);
        assertThat(index.search(TestQuery.all().build()).ids()).containsExactly(again.id());
    }

    @Test
    void aWriteIsVisibleToTheNextSearchOnAnyThread() throws Exception {
        for (int i = 0; i < 30; i++) {
            String word = "number" + i;
            SearchDocument template = named("Template " + word).build();
            CompletableFuture.runAsync(() -> index.upsert(template)).get(10, TimeUnit.SECONDS);
            List<UUID> found = CompletableFuture.supplyAsync(() -> search(word)).get(10, TimeUnit.SECONDS);
            assertThat(found).containsExactly(template.id());
            CompletableFuture.runAsync(() -> index.remove(template.id())).get(10, TimeUnit.SECONDS);
            assertThat(search(word)).isEmpty();
        }
    }

    @Test
    void concurrentWritesAndSearchesEndWithEveryTemplateOnce() throws Exception {
        int writers = 4;
        int perWriter = 40;
        List<List<SearchDocument>> batches = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<SearchDocument> batch = new ArrayList<>();
            for (int i = 0; i < perWriter; i++) {
                batch.add(named("Writer" + w + " template " + i)
                        .category("cat" + (i % 5))
                        .build());
            }
            batches.add(batch);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (List<SearchDocument> batch : batches) {
                writes.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < batch.size(); i++) {
                        index.upsert(batch.get(i));
                        if (i % 10 == 9) {
                            // Re-upserting earlier templates must not duplicate them.
                            index.upsertAll(batch.subList(i - 9, i + 1));
                        }
                    }
                    return null;
                }));
            }
            List<Future<Integer>> searches = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                searches.add(pool.submit(() -> {
                    start.await();
                    int rounds = 0;
                    long previousTotal = 0;
                    while (writing.get()) {
                        SearchHits hits = index.search(
                                TestQuery.text("template").category("cat1").build());
                        assertThat(hits.total()).isGreaterThanOrEqualTo(previousTotal);
                        previousTotal = hits.total();
                        rounds++;
                    }
                    return rounds;
                }));
            }
            start.countDown();
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<Integer> search : searches) {
                assertThat(search.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(index.size()).isEqualTo(writers * perWriter);
        assertThat(index.search(TestQuery.all().build()).total()).isEqualTo(writers * perWriter);
        assertThat(index.search(TestQuery.all().category("cat1").build()).total())
                .isEqualTo(writers * perWriter / 5);
    }

    @Test
    void aTemporaryIndexDeletesItsDirectoryOnClose() {
        TemplateSearchIndex temporary = new TemplateSearchIndex();
        temporary.upsert(named("Something").build());
        Path directory = temporary.path();
        assertThat(directory).isDirectory();

        temporary.close();
        temporary.close(); // closing twice is harmless

        assertThat(directory).doesNotExist();
    }

    @Test
    void aConfiguredDirectoryIsKeptOnCloseAndStartsEmptyOnOpen(@TempDir Path tmp) throws Exception {
        Path directory = tmp.resolve("search-index");
        try (TemplateSearchIndex first = new TemplateSearchIndex(directory.toString())) {
            first.upsert(named("Something").build());
            assertThat(first.size()).isEqualTo(1);
        }
        assertThat(directory).isDirectory();

        try (TemplateSearchIndex second = new TemplateSearchIndex(directory)) {
            assertThat(second.size()).isZero();
            second.upsert(named("Else").build());
            assertThat(second.size()).isEqualTo(1);
        }
        assertThat(Files.exists(directory)).isTrue();
    }
}
