package cloud.dumont.market.internal;

import cloud.dumont.api.market.BidOption;
import cloud.dumont.api.market.BidSuggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A bid for an interruptible instance from the observed market. Model: at each sample, the cheapest interruptible
 * offer asked {@code bid_min}; a bid at or above it would have held (or got) a GPU then, a bid below it would have been
 * outbid (or found nothing). The outbid risk of a bid is therefore the share of samples whose {@code bid_min} was above
 * it, each folded row weighing as many samples as it stands for. The suggested bid is the lowest bid whose risk is at
 * most the target: the (1 − target) quantile of the observed {@code bid_min}, rounded up to a tenth of a cent.
 */
final class BidAdvisor {

    /** The risks of the ladder of alternatives. */
    private static final double[] LADDER = {0.5, 0.25, 0.1, 0.05, 0.01};

    private BidAdvisor() {}

    /** One observation: the market's cheapest minimum bid over {@code weight} samples. */
    record Observation(double bidMin, int weight) {}

    static BidSuggestion suggest(
            String gpuName,
            int numGpus,
            int windowHours,
            double targetRisk,
            List<Observation> observed,
            Double onDemandMedian,
            Double yourBid) {
        List<Observation> sorted = observed.stream()
                .sorted(Comparator.comparingDouble(Observation::bidMin))
                .toList();
        int samples = sorted.stream().mapToInt(Observation::weight).sum();
        if (samples == 0) {
            return new BidSuggestion(
                    gpuName, numGpus, windowHours, targetRisk, null, null, 0, onDemandMedian, null, null, List.of());
        }
        double bid = bidFor(sorted, samples, targetRisk);
        List<BidOption> ladder = new ArrayList<>();
        for (double risk : LADDER) {
            double b = bidFor(sorted, samples, risk);
            if (ladder.isEmpty() || ladder.getLast().bidPerHour() < b) {
                ladder.add(new BidOption(b, risk(sorted, samples, b)));
            }
        }
        Double savings = onDemandMedian == null || onDemandMedian <= 0
                ? null
                : Math.round((1 - bid / onDemandMedian) * 1000) / 1000.0;
        return new BidSuggestion(
                gpuName,
                numGpus,
                windowHours,
                targetRisk,
                bid,
                risk(sorted, samples, bid),
                samples,
                onDemandMedian,
                savings,
                yourBid == null ? null : new BidOption(yourBid, risk(sorted, samples, yourBid)),
                ladder);
    }

    /** The lowest observed bid_min (rounded up to $0.001) that at most {@code risk} of the samples exceeded. */
    static double bidFor(List<Observation> sorted, int samples, double risk) {
        double allowedAbove = risk * samples;
        int above = samples;
        for (Observation o : sorted) {
            above -= o.weight();
            if (above <= allowedAbove + 1e-9) {
                return Math.ceil(o.bidMin() * 1000 - 1e-9) / 1000.0;
            }
        }
        return Math.ceil(sorted.getLast().bidMin() * 1000 - 1e-9) / 1000.0;
    }

    /** Share of samples whose cheapest minimum bid was above {@code bid}. */
    static double risk(List<Observation> sorted, int samples, double bid) {
        int above = 0;
        for (Observation o : sorted) {
            if (o.bidMin() > bid + 1e-9) {
                above += o.weight();
            }
        }
        return Math.round(1000.0 * above / samples) / 1000.0;
    }
}
