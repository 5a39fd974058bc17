package cloud.dumont.marketplace.search;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds {@link SearchDocument}s for tests: a name and defaults for the rest, each overridable. Every text field has a
 * neutral default, as real templates do, so that BM25's per-field statistics compare like with like.
 */
final class TestTemplate {

    private UUID id = UUID.randomUUID();
    private String name;
    private String slug;
    private String description = "A template for the cloud.";
    private List<String> tags = List.of("cloud");
    private String authorHandle = "someone";
    private String authorName = "Some One";
    private String readme = "Start it and open the port shown on the instance page.";
    private String category = "development";
    private List<String> architectures = List.of("amd64");
    private List<String> regions = List.of("eu-west");
    private boolean official;
    private double ratingAverage;
    private int ratingCount;
    private long launches;
    private double trendWeight;
    private Instant updatedAt = Instant.parse("2026-01-01T00:00:00Z");

    private TestTemplate(String name) {
        this.name = name;
        this.slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static TestTemplate named(String name) {
        return new TestTemplate(name);
    }

    TestTemplate id(UUID value) {
        id = value;
        return this;
    }

    TestTemplate slug(String value) {
        slug = value;
        return this;
    }

    TestTemplate description(String value) {
        description = value;
        return this;
    }

    TestTemplate tags(String... values) {
        tags = List.of(values);
        return this;
    }

    TestTemplate author(String handle, String fullName) {
        authorHandle = handle;
        authorName = fullName;
        return this;
    }

    TestTemplate readme(String value) {
        readme = value;
        return this;
    }

    TestTemplate category(String value) {
        category = value;
        return this;
    }

    TestTemplate architectures(String... values) {
        architectures = List.of(values);
        return this;
    }

    TestTemplate regions(String... values) {
        regions = List.of(values);
        return this;
    }

    TestTemplate official(boolean value) {
        official = value;
        return this;
    }

    TestTemplate rating(double average, int count) {
        ratingAverage = average;
        ratingCount = count;
        return this;
    }

    TestTemplate launches(long value) {
        launches = value;
        return this;
    }

    TestTemplate trendWeight(double value) {
        trendWeight = value;
        return this;
    }

    TestTemplate updatedAt(String instant) {
        updatedAt = Instant.parse(instant);
        return this;
    }

    SearchDocument build() {
        return new SearchDocument(
                id,
                slug,
                name,
                description,
                tags,
                authorHandle,
                authorName,
                readme,
                category,
                architectures,
                regions,
                official,
                ratingAverage,
                ratingCount,
                launches,
                trendWeight,
                updatedAt.minusSeconds(86_400),
                updatedAt);
    }
}
