package cloud.dumont.marketplace.search;

/** How many of a search's matches carry one value of a facet (values are lower case). */
public record FacetCount(String value, long count) {}
