package cloud.dumont.marketplace.search;

import static cloud.dumont.marketplace.search.TestTemplate.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TemplateSearchSortAndPagingTest {

    private final TemplateSearchIndex index = new TemplateSearchIndex();

    private final SearchDocument old = named("Old Favourite")
            .launches(500)
            .rating(4.0, 200)
            .trendWeight(2.0)
            .updatedAt("2025-06-01T00:00:00Z")
            .build();
    private final SearchDocument fresh = named("Fresh Release")
            .launches(5)
            .rating(4.9, 3)
            .trendWeight(64.0)
            .updatedAt("2026-03-01T00:00:00Z")
            .build();
    private final SearchDocument solid = named("Solid Choice")
            .launches(50)
            .rating(4.9, 90)
            .trendWeight(8.0)
            .updatedAt("2026-01-15T00:00:00Z")
            .build();

    @AfterEach
    void close() {
        index.close();
    }

    private List<UUID> sorted(SearchSort sort) {
        return index.search(TestQuery.all().sort(sort).build()).ids();
    }

    @Test
    void eachSortOrdersByItsKey() {
        index.upsertAll(List.of(old, fresh, solid));

        assertThat(sorted(SearchSort.POPULAR)).containsExactly(old.id(), solid.id(), fresh.id());
        assertThat(sorted(SearchSort.RATING)).containsExactly(solid.id(), fresh.id(), old.id());
        assertThat(sorted(SearchSort.RECENT)).containsExactly(fresh.id(), solid.id(), old.id());
        assertThat(sorted(SearchSort.TRENDING)).containsExactly(fresh.id(), solid.id(), old.id());
    }

    @Test
    void relevanceWithoutTextAndNoSortAreMostLaunchedFirst() {
        index.upsertAll(List.of(fresh, solid, old));

        assertThat(sorted(SearchSort.RELEVANCE)).containsExactly(old.id(), solid.id(), fresh.id());
        assertThat(sorted(null)).containsExactly(old.id(), solid.id(), fresh.id());
    }

    @Test
    void aSortAppliesToTheMatchesOfTheText() {
        SearchDocument bestMatchFewLaunches = named("Choice").launches(1).build();
        index.upsertAll(List.of(old, fresh, solid, bestMatchFewLaunches));

        assertThat(index.search(TestQuery.text("choice").build()).ids())
                .containsExactly(bestMatchFewLaunches.id(), solid.id());
        assertThat(index.search(TestQuery.text("choice")
                                .sort(SearchSort.POPULAR)
                                .build())
                        .ids())
                .containsExactly(solid.id(), bestMatchFewLaunches.id());
    }

    @Test
    void tiesAreBrokenByIdSoPagesAreStable() {
        List<SearchDocument> same = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            same.add(named("Twin " + i).launches(7).build());
        }
        index.upsertAll(same);

        List<UUID> expected = same.stream()
                .map(SearchDocument::id)
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
        assertThat(sorted(SearchSort.POPULAR)).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesSliceTheOrderedMatchesAndTotalCountsThemAll() {
        List<SearchDocument> templates = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            templates.add(named("Template " + i).launches(100 - i).build());
        }
        index.upsertAll(templates);
        List<UUID> byLaunches = templates.stream().map(SearchDocument::id).toList();

        SearchHits first = index.search(TestQuery.all().page(0, 10).build());
        SearchHits second = index.search(TestQuery.all().page(1, 10).build());
        SearchHits last = index.search(TestQuery.all().page(2, 10).build());
        SearchHits beyond = index.search(TestQuery.all().page(3, 10).build());

        assertThat(first.ids()).containsExactlyElementsOf(byLaunches.subList(0, 10));
        assertThat(second.ids()).containsExactlyElementsOf(byLaunches.subList(10, 20));
        assertThat(last.ids()).containsExactlyElementsOf(byLaunches.subList(20, 25));
        assertThat(beyond.ids()).isEmpty();
        assertThat(List.of(first.total(), second.total(), last.total(), beyond.total()))
                .containsOnly(25L);
    }

    @Test
    void pageSizeIsClampedToOneThroughHundredAndANegativePageIsTheFirst() {
        List<SearchDocument> templates = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            templates.add(named("Template " + i).launches(i).build());
        }
        index.upsertAll(templates);

        assertThat(index.search(TestQuery.all().page(0, 0).build()).ids()).hasSize(1);
        assertThat(index.search(TestQuery.all().page(0, 1000).build()).ids()).hasSize(100);
        assertThat(index.search(TestQuery.all().page(1, 1000).build()).ids()).hasSize(50);
        assertThat(index.search(TestQuery.all().page(-3, 5).build()).ids())
                .isEqualTo(index.search(TestQuery.all().page(0, 5).build()).ids());
        assertThat(index.search(TestQuery.all().page(Integer.MAX_VALUE, 100).build())
                        .ids())
                .isEmpty();
    }
}
