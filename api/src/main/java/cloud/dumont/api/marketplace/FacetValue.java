package cloud.dumont.api.marketplace;

/** One value of a search facet and how many matching templates have it. */
public record FacetValue(String value, long count) {}
