package cloud.dumont.marketplace.internal;

import cloud.dumont.api.marketplace.CategoryCount;
import cloud.dumont.api.marketplace.FacetValue;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.TemplatePage;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.marketplace.search.FacetCount;
import cloud.dumont.marketplace.search.SearchHits;
import cloud.dumont.marketplace.search.SearchQuery;
import cloud.dumont.marketplace.search.SearchSort;
import cloud.dumont.marketplace.search.TemplateSearchIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browse and search: the index ranks and filters listed templates, then one page of them is read from the database, so
 * what a card shows is never older than the last commit.
 */
@Service
public class Browse {

    static final int TRENDING_SIZE = 12;

    private final TemplateSearchIndex index;
    private final MarketplaceViews views;
    private final TemplateAccess access;
    private final TemplateRegistry registry;
    private final Featured featured;

    Browse(
            TemplateSearchIndex index,
            MarketplaceViews views,
            TemplateAccess access,
            TemplateRegistry registry,
            Featured featured) {
        this.index = index;
        this.views = views;
        this.access = access;
        this.registry = registry;
        this.featured = featured;
    }

    @Transactional(readOnly = true)
    public TemplatePage search(SearchQuery query) {
        SearchHits hits = index.search(query);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        hits.facets().forEach((name, counts) -> facets.put(name, facetValues(counts)));
        return new TemplatePage(views.summaries(hits.ids()), hits.total(), query.page(), query.size(), facets);
    }

    @Transactional(readOnly = true)
    public MarketplaceTemplate get(String ref, CurrentUser user) {
        return views.detail(access.visible(ref, user));
    }

    /** The admins' choice, in their order; a featured template that stopped being listed drops out. */
    @Transactional(readOnly = true)
    public List<MarketplaceTemplate> featured() {
        return views.summaries(featured.featuredTemplates());
    }

    /** Templates by recency-weighted launches; templates nobody launched are not trending. */
    @Transactional(readOnly = true)
    public List<MarketplaceTemplate> trending() {
        SearchHits hits = index.search(
                new SearchQuery(null, null, null, null, null, null, null, SearchSort.TRENDING, 0, TRENDING_SIZE));
        return views.summaries(hits.ids()).stream()
                .filter(t -> t.trendingScore() > 0)
                .toList();
    }

    /** Every category with its number of listed templates, the fullest first. */
    public List<CategoryCount> categories() {
        SearchHits hits =
                index.search(new SearchQuery(null, null, null, null, null, null, null, SearchSort.RECENT, 0, 1));
        Map<String, Long> counts = hits.facets().getOrDefault("category", List.of()).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum));
        return Categories.ALL.stream()
                .map(c -> new CategoryCount(c, counts.getOrDefault(c, 0L)))
                .sorted((a, b) -> Long.compare(b.templates(), a.templates()))
                .toList();
    }

    /** The caller's own templates, private and unpublished ones included, the latest changed first. */
    @Transactional(readOnly = true)
    public List<MarketplaceTemplate> mine(CurrentUser user) {
        return views.summaries(registry.ownedBy(user.id()));
    }

    private static List<FacetValue> facetValues(List<FacetCount> counts) {
        return counts.stream().map(c -> new FacetValue(c.value(), c.count())).toList();
    }
}
