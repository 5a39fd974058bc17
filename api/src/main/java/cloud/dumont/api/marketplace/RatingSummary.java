package cloud.dumont.api.marketplace;

/** The exact mean of all ratings (null when there are none) and how many there are. */
public record RatingSummary(Double average, int count) {}
