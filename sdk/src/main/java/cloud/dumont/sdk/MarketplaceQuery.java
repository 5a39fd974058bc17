package cloud.dumont.sdk;

/**
 * What to look for in the marketplace; every field is optional. Build one with {@link #all()} and the
 * {@code withX} methods:
 *
 * <pre>{@code
 * MarketplaceQuery.all().withText("comfy").withCategory("image-generation").withSort("rating")
 * }</pre>
 *
 * @param text words to search for (typo-tolerant); null to browse
 * @param category one category, such as {@code audio} or {@code image-generation}
 * @param tag one tag
 * @param architecture one CPU architecture, such as {@code x86_64}
 * @param region one region, such as {@code US}
 * @param minRating only templates rated at least this average (1–5)
 * @param official true for the official templates only, false for community ones only
 * @param sort {@code relevance} (default), {@code popular}, {@code rating}, {@code recent} or {@code trending}
 * @param page 0-based page
 * @param size results per page (1–100)
 */
public record MarketplaceQuery(
        String text,
        String category,
        String tag,
        String architecture,
        String region,
        Double minRating,
        Boolean official,
        String sort,
        Integer page,
        Integer size) {

    /** Everything, in the server's default order. */
    public static MarketplaceQuery all() {
        return new MarketplaceQuery(null, null, null, null, null, null, null, null, null, null);
    }

    /** This query, searching for these words. */
    public MarketplaceQuery withText(String value) {
        return new MarketplaceQuery(value, category, tag, architecture, region, minRating, official, sort, page, size);
    }

    /** This query, in one category such as {@code audio}. */
    public MarketplaceQuery withCategory(String value) {
        return new MarketplaceQuery(text, value, tag, architecture, region, minRating, official, sort, page, size);
    }

    /** This query, with one tag. */
    public MarketplaceQuery withTag(String value) {
        return new MarketplaceQuery(text, category, value, architecture, region, minRating, official, sort, page, size);
    }

    /** This query, for one CPU architecture such as {@code x86_64}. */
    public MarketplaceQuery withArchitecture(String value) {
        return new MarketplaceQuery(text, category, tag, value, region, minRating, official, sort, page, size);
    }

    /** This query, for one region such as {@code US}. */
    public MarketplaceQuery withRegion(String value) {
        return new MarketplaceQuery(text, category, tag, architecture, value, minRating, official, sort, page, size);
    }

    /** This query, rated at least this average (1–5). */
    public MarketplaceQuery withMinRating(Double value) {
        return new MarketplaceQuery(text, category, tag, architecture, region, value, official, sort, page, size);
    }

    /** This query, official templates only (true) or community ones only (false). */
    public MarketplaceQuery withOfficial(Boolean value) {
        return new MarketplaceQuery(text, category, tag, architecture, region, minRating, value, sort, page, size);
    }

    /** This query, in another order (see {@link #sort()}). */
    public MarketplaceQuery withSort(String value) {
        return new MarketplaceQuery(text, category, tag, architecture, region, minRating, official, value, page, size);
    }

    /** This query, one page (0-based) of this many results. */
    public MarketplaceQuery withPage(Integer pageNumber, Integer pageSize) {
        return new MarketplaceQuery(
                text, category, tag, architecture, region, minRating, official, sort, pageNumber, pageSize);
    }

    String toQueryString() {
        return Query.of()
                .add("q", text)
                .add("category", category)
                .add("tag", tag)
                .add("architecture", architecture)
                .add("region", region)
                .add("min_rating", minRating)
                .add("official", official)
                .add("sort", sort)
                .add("page", page)
                .add("size", size)
                .toString();
    }
}
