package cloud.dumont.api.marketplace;

import java.util.List;

/** A page of a template's reviews, most helpful first, with the rating they add up to. */
public record ReviewPage(List<ReviewResponse> items, long total, int page, int size, RatingSummary rating) {}
