package cloud.dumont.marketplace.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of template ids in the requested order, the number of all matches, and facet counts over all matches keyed
 * by {@code "category"}, {@code "tag"} and {@code "architecture"} (most frequent first).
 */
public record SearchHits(List<UUID> ids, long total, Map<String, List<FacetCount>> facets) {}
