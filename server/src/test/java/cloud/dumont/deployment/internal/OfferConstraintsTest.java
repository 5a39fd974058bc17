package cloud.dumont.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.CloudOffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OfferConstraintsTest {

    private static CloudOffer offer(String location, double price, boolean verified) {
        return new CloudOffer(1, 1, "RTX 4090", 1, 24564, price, 0.99, location, 1000, 12.8, verified, 200);
    }

    @Test
    void anOfferMeetsTheConstraintsOnlyWhenPriceRegionAndVerificationAllHold() {
        OfferConstraints europe = OfferConstraints.of(0.50, "europe", true, "region");

        assertThat(europe.admits(offer("Germany, DE", 0.40, true))).isTrue();
        assertThat(europe.admits(offer("Texas, US", 0.40, true))).isFalse();
        assertThat(europe.admits(offer("Germany, DE", 0.60, true))).isFalse();
        assertThat(europe.admits(offer("Germany, DE", 0.40, false))).isFalse();
        assertThat(europe.whyNot(offer("Texas, US", 0.40, true))).contains("outside Europe");
        assertThat(OfferConstraints.of(null, "europe", false, "region").admits(offer("Poland, PL", 9, false)))
                .isTrue();
        assertThat(OfferConstraints.NONE.admits(offer("Nowhere", 9, true))).isTrue();
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheField() {
        assertThatThrownBy(() -> OfferConstraints.of(null, "atlantis", null, "region"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                    assertThat(e.getBody().getProperties().get("errors").toString())
                            .contains("field=region");
                });
    }

    @Test
    void regionsAreDisjointAndIdsAreForgivingAboutCaseAndHyphens() {
        for (OfferRegion a : OfferRegion.values()) {
            for (OfferRegion b : OfferRegion.values()) {
                if (a != b) {
                    assertThat(a.countryCodes()).doesNotContainAnyElementsOf(b.countryCodes());
                }
            }
        }
        assertThat(OfferRegion.find("North-America")).contains(OfferRegion.north_america);
        assertThat(Arrays.stream(OfferRegion.values()).filter(r -> r.contains("us")))
                .containsExactly(OfferRegion.north_america);
    }
}
