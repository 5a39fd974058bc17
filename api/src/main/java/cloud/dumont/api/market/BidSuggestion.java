package cloud.dumont.api.market;

import java.util.List;

/**
 * A bid for an interruptible instance, from the market's observed history. The bid is the lowest price that the
 * market's cheapest minimum bid stayed at or under in all but {@code targetRisk} of the samples of the window; its
 * outbid risk is the share of samples in which it did not. Past prices do not promise future ones.
 *
 * @param bidPerHour the suggested bid in $/h for the whole offer; null without observed bids
 * @param outbidRisk share of samples in which the suggested bid would have been outbid
 * @param samples raw samples behind the figures (an hourly point counts as the samples it folds)
 * @param onDemandMedian the median on-demand price over the window, for comparison
 * @param savings how much cheaper the bid is than that on-demand price (0.55 = 55 %)
 * @param yourBid the bid asked about with {@code ?bid=}, with its risk; null when none was asked about
 * @param ladder bids at other risks, cheapest first
 */
public record BidSuggestion(
        String gpuName,
        int numGpus,
        int windowHours,
        double targetRisk,
        Double bidPerHour,
        Double outbidRisk,
        int samples,
        Double onDemandMedian,
        Double savings,
        BidOption yourBid,
        List<BidOption> ladder) {}
