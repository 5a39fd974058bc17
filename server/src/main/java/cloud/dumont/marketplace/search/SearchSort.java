package cloud.dumont.marketplace.search;

/** Orders of a search's hits. Ties fall back to the template id, so paging is stable. */
public enum SearchSort {
    /** Best text match first; with blank text the same as {@link #POPULAR}. */
    RELEVANCE,
    /** Most launches first. */
    POPULAR,
    /** Highest average rating first, then the most ratings. */
    RATING,
    /** Most recently updated first. */
    RECENT,
    /**
     * Highest trend weight first: the sum over launches of 2^((launchTime - 2026-01-01T00:00Z) / 3 days), so comparing
     * weights compares launch scores that decay with a half-life of three days.
     */
    TRENDING
}
