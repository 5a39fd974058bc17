package cloud.dumont.api.marketplace;

import java.util.List;
import java.util.Map;

/**
 * One page of browse or search results.
 *
 * @param facets counts per value for {@code category}, {@code tag} and {@code architecture} over all matches
 */
public record TemplatePage(
        List<MarketplaceTemplate> items, long total, int page, int size, Map<String, List<FacetValue>> facets) {}
