package cloud.dumont.cli.marketplace;

/** The orders the marketplace can sort by, as the API names them. */
enum SortOrder {
    relevance,
    popular,
    rating,
    recent,
    trending
}
