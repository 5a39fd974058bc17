package cloud.dumont.api.marketplace;

/** A category and how many listed templates it has. */
public record CategoryCount(String category, long templates) {}
