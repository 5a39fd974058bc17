package cloud.dumont.marketplace.search;

/**
 * A search: free text (null or blank: every listed template) narrowed by filters that are each ignored when null.
 * Category, tag, architecture and region match whole values, case-insensitively; {@code minRating} keeps templates
 * whose average rating is at least that. {@code page} is 0-based; {@code size} is clamped to 1..100; a null sort is
 * {@link SearchSort#RELEVANCE}.
 */
public record SearchQuery(
        String text,
        String category,
        String tag,
        String architecture,
        String region,
        Double minRating,
        Boolean official,
        SearchSort sort,
        int page,
        int size) {}
