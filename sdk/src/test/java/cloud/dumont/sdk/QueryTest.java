package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void spacesArePercentTwentyAndAPlusIsEncodedSoTheServerDoesNotReadASpace() {
        assertThat(Query.of().add("q", "rtx 4090+a100").toString()).isEqualTo("?q=rtx%204090%2Ba100");
    }

    @Test
    void nullValuesAreLeftOutAndAnEmptyQueryIsNothing() {
        assertThat(Query.of().add("a", null).add("b", null).toString()).isEmpty();
        assertThat(Query.of()
                        .add("a", null)
                        .add("min_vram", 24)
                        .add("c", null)
                        .add("official", true)
                        .toString())
                .isEqualTo("?min_vram=24&official=true");
    }

    @Test
    void reservedCharactersInNamesAndValuesAreEncoded() {
        assertThat(Query.of().add("q", "a&b=c/d?é").toString()).isEqualTo("?q=a%26b%3Dc%2Fd%3F%C3%A9");
    }

    @Test
    void aPathSegmentEncodesItsSlash() {
        assertThat(Query.encode("a/b c")).isEqualTo("a%2Fb%20c");
    }

    @Test
    void aModelIdKeepsItsSlashesAndEncodesTheRestOfEachSegment() {
        assertThat(Query.segments("Qwen/Qwen3-0.6B")).isEqualTo("Qwen/Qwen3-0.6B");
        assertThat(Query.segments("org name/model+v1")).isEqualTo("org%20name/model%2Bv1");
    }

    @Test
    void aMarketplaceQueryWritesOnlyTheFieldsItHas() {
        assertThat(MarketplaceQuery.all().toQueryString()).isEmpty();
        assertThat(MarketplaceQuery.all()
                        .withText("stable diffusion")
                        .withCategory("image-generation")
                        .withOfficial(true)
                        .withMinRating(4.5)
                        .withSort("rating")
                        .withPage(2, 10)
                        .toQueryString())
                .isEqualTo("?q=stable%20diffusion&category=image-generation&min_rating=4.5&official=true&sort=rating"
                        + "&page=2&size=10");
    }
}
