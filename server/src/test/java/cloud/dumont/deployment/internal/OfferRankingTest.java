package cloud.dumont.deployment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.deployment.MachineRecords.MachineRecord;
import cloud.dumont.provider.CloudOffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferRankingTest {

    private static CloudOffer offer(long id, long machine, double price, double reliability, double downMbps) {
        return new CloudOffer(
                id, machine, "RTX 4090", 1, 24564, price, reliability, "Texas, US", downMbps, 12.8, true, 200);
    }

    @Test
    void aCheapHostThatFailsHalfTheTimeRanksBelowADearerOneThatWorks() {
        CloudOffer flaky = offer(1, 101, 0.30, 0.99, 1000);
        CloudOffer solid = offer(2, 102, 0.36, 0.99, 1000);

        List<OfferRanking.RankedOffer> ranked = OfferRanking.rank(
                List.of(flaky, solid),
                Map.of(101L, new MachineRecord(2, 2, 40.0), 102L, new MachineRecord(5, 0, 40.0)));

        assertThat(ranked).extracting(r -> r.offer().id()).containsExactly(2L, 1L);
        assertThat(ranked.get(1).reasons()).contains("ready 2 of 4 times on this host", "median 40 s to ready here");
        // 0.36 / (6/7) * (1 + 40/1200) ≈ 0.434 $/h per working GPU
        assertThat(ranked.get(0).score()).isCloseTo(0.434, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void withoutEnoughAttemptsTheProvidersReliabilityCountsAndASlowDownloadIsPenalised() {
        CloudOffer slow = offer(1, 101, 0.30, 0.98, 50);
        CloudOffer fast = offer(2, 102, 0.33, 0.98, 2000);

        List<OfferRanking.RankedOffer> ranked =
                OfferRanking.rank(List.of(slow, fast), Map.of(101L, new MachineRecord(1, 0, 20.0)));

        assertThat(ranked).extracting(r -> r.offer().id()).containsExactly(2L, 1L);
        assertThat(ranked.get(1).reasons())
                .contains("host reliability 98.0%", "slow download 50 Mb/s (long image pull)", "verified");
        assertThat(ranked.get(0).reasons()).contains("$0.330/h", "fast download 2000 Mb/s");
    }

    @Test
    void equalOffersKeepPriceThenIdOrder() {
        List<OfferRanking.RankedOffer> ranked =
                OfferRanking.rank(List.of(offer(9, 1, 0.5, 0.99, 1000), offer(3, 2, 0.5, 0.99, 1000)), Map.of());
        assertThat(ranked).extracting(r -> r.offer().id()).containsExactly(3L, 9L);
    }

    @Test
    void anUnverifiedHostSaysSoAmongItsReasonsAndAVerifiedOneDoesNot() {
        CloudOffer unverified =
                new CloudOffer(1, 101, "RTX 4090", 1, 24564, 0.25, 0.9, "Texas, US", 1000, 12.8, false, 200);
        CloudOffer verified = offer(2, 102, 0.30, 0.99, 1000);

        List<OfferRanking.RankedOffer> ranked = OfferRanking.rank(List.of(unverified, verified), Map.of());

        OfferRanking.RankedOffer cheap =
                ranked.stream().filter(r -> r.offer().id() == 1).findFirst().orElseThrow();
        assertThat(cheap.reasons()).contains("unverified host").doesNotContain("verified");
        OfferRanking.RankedOffer sure =
                ranked.stream().filter(r -> r.offer().id() == 2).findFirst().orElseThrow();
        assertThat(sure.reasons()).contains("verified").doesNotContain("unverified host");
    }
}
