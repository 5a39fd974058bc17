package cloud.dumont.market.internal;

import cloud.dumont.provider.CloudOffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the offers of one sample into rows: per GPU model and count over every region, and for single-GPU offers per
 * region too (multi-GPU offers are rarer, and split by region they would mostly be rows of one or two offers).
 */
final class MarketStats {

    private MarketStats() {}

    static List<SampleRow> rows(Instant at, boolean simulated, boolean backfilled, Collection<CloudOffer> offers) {
        List<SampleRow> rows = new ArrayList<>();
        Map<String, Map<Integer, List<CloudOffer>>> byModel = offers.stream()
                .filter(o -> o.gpuName() != null && o.numGpus() > 0)
                .collect(Collectors.groupingBy(
                        CloudOffer::gpuName,
                        TreeMap::new,
                        Collectors.groupingBy(CloudOffer::numGpus, TreeMap::new, Collectors.toList())));
        byModel.forEach((gpu, byCount) -> byCount.forEach((count, list) -> {
            rows.add(row(at, simulated, backfilled, gpu, count, Regions.ALL, list));
            if (count == 1) {
                list.stream()
                        .collect(
                                Collectors.groupingBy(o -> Regions.of(o.location()), TreeMap::new, Collectors.toList()))
                        .forEach((region, inRegion) ->
                                rows.add(row(at, simulated, backfilled, gpu, count, region, inRegion)));
            }
        }));
        return rows;
    }

    private static SampleRow row(
            Instant at,
            boolean simulated,
            boolean backfilled,
            String gpu,
            int count,
            String region,
            List<CloudOffer> offers) {
        List<Double> prices =
                offers.stream().map(CloudOffer::pricePerHour).sorted().toList();
        List<Double> bids = offers.stream()
                .map(CloudOffer::minBid)
                .filter(Objects::nonNull)
                .filter(b -> b > 0)
                .sorted()
                .toList();
        List<Double> reliability =
                offers.stream().map(CloudOffer::reliability).sorted().toList();
        return new SampleRow(
                at,
                SampleRow.RAW,
                simulated,
                backfilled,
                gpu,
                count,
                region,
                1,
                offers.size(),
                Percentiles.round(prices.getFirst()),
                Percentiles.round(Percentiles.of(prices, 0.25)),
                Percentiles.round(Percentiles.of(prices, 0.5)),
                bids.isEmpty() ? null : Percentiles.round(bids.getFirst()),
                bids.isEmpty() ? null : Percentiles.round(Percentiles.of(bids, 0.5)),
                Percentiles.round(Percentiles.of(reliability, 0.5)));
    }
}
