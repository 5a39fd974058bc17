package cloud.dumont.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.api.market.BidOption;
import cloud.dumont.api.market.BidSuggestion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BidAdvisorTest {

    /** 100 samples: the cheapest minimum bid was 0.20, 0.21, ..., 1.19 */
    private static List<BidAdvisor.Observation> ramp() {
        List<BidAdvisor.Observation> observed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            observed.add(new BidAdvisor.Observation(0.20 + i / 100.0, 1));
        }
        return observed;
    }

    @Test
    void theSuggestedBidIsTheLowestThatAtMostTheTargetShareOfSamplesExceeded() {
        BidSuggestion s = BidAdvisor.suggest("RTX 4090", 1, 168, 0.1, ramp(), 2.0, null);
        assertThat(s.bidPerHour()).isEqualTo(1.09);
        assertThat(s.outbidRisk()).isEqualTo(0.1);
        assertThat(s.samples()).isEqualTo(100);
        assertThat(s.savings()).isEqualTo(0.455);
        assertThat(s.ladder()).extracting(BidOption::outbidRisk).containsExactly(0.5, 0.25, 0.1, 0.05, 0.01);
        assertThat(s.ladder()).isSortedAccordingTo((a, b) -> Double.compare(a.bidPerHour(), b.bidPerHour()));
    }

    @Test
    void theRiskOfAnyBidIsTheShareOfSamplesAboveIt() {
        BidSuggestion low = BidAdvisor.suggest("RTX 4090", 1, 168, 0.1, ramp(), null, 0.10);
        assertThat(low.yourBid().outbidRisk()).isEqualTo(1.0);
        BidSuggestion mid = BidAdvisor.suggest("RTX 4090", 1, 168, 0.1, ramp(), null, 0.695);
        assertThat(mid.yourBid().outbidRisk()).isEqualTo(0.5);
        BidSuggestion high = BidAdvisor.suggest("RTX 4090", 1, 168, 0.1, ramp(), null, 5.0);
        assertThat(high.yourBid().outbidRisk()).isZero();
    }

    @Test
    void foldedRowsWeighAsManySamplesAsTheyStandFor() {
        // An hour at 0.30 (6 samples) and one raw sample at 0.90: a 10 % risk must cover the hour, not the raw sample.
        List<BidAdvisor.Observation> observed =
                List.of(new BidAdvisor.Observation(0.30, 6), new BidAdvisor.Observation(0.90, 1));
        BidSuggestion s = BidAdvisor.suggest("RTX 4090", 1, 168, 0.2, observed, null, null);
        assertThat(s.bidPerHour()).isEqualTo(0.30);
        assertThat(s.outbidRisk()).isEqualTo(0.143);
        assertThat(s.samples()).isEqualTo(7);
    }

    @Test
    void withoutObservedBidsThereIsNoSuggestion() {
        BidSuggestion s = BidAdvisor.suggest("H200", 1, 168, 0.1, List.of(), 3.8, 1.0);
        assertThat(s.bidPerHour()).isNull();
        assertThat(s.samples()).isZero();
        assertThat(s.ladder()).isEmpty();
    }
}
