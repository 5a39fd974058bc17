package cloud.dumont.marketplace.search;

/** Builds {@link SearchQuery}s for tests: everything unset, relevance order, first page of 20. */
final class TestQuery {

    private String text;
    private String category;
    private String tag;
    private String architecture;
    private String region;
    private Double minRating;
    private Boolean official;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int page;
    private int size = 20;

    static TestQuery all() {
        return new TestQuery();
    }

    static TestQuery text(String text) {
        TestQuery query = new TestQuery();
        query.text = text;
        return query;
    }

    TestQuery category(String value) {
        category = value;
        return this;
    }

    TestQuery tag(String value) {
        tag = value;
        return this;
    }

    TestQuery architecture(String value) {
        architecture = value;
        return this;
    }

    TestQuery region(String value) {
        region = value;
        return this;
    }

    TestQuery minRating(double value) {
        minRating = value;
        return this;
    }

    TestQuery official(boolean value) {
        official = value;
        return this;
    }

    TestQuery sort(SearchSort value) {
        sort = value;
        return this;
    }

    TestQuery page(int page, int size) {
        this.page = page;
        this.size = size;
        return this;
    }

    SearchQuery build() {
        return new SearchQuery(text, category, tag, architecture, region, minRating, official, sort, page, size);
    }
}
