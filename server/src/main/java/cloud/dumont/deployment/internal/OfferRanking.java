package cloud.dumont.deployment.internal;

import cloud.dumont.deployment.MachineRecords.MachineRecord;
import cloud.dumont.provider.CloudOffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks offers by what a working GPU is expected to cost, and says why. The score is the offer's $/h divided by the
 * chance the host boots the app (its measured success rate on this Dumont after a few attempts, else the provider's
 * reliability), times small factors for a slow download (image pull) and a slow measured time to ready. A cheap host
 * that fails half the time thus ranks below a slightly dearer one that works.
 */
final class OfferRanking {

    /** Attempts on a machine before its measured rate replaces the provider's reliability figure. */
    static final int MEASURED_AFTER = 3;

    private OfferRanking() {}

    /** An offer with its score (expected $ per working hour; lower is better) and the reasons, in words. */
    record RankedOffer(CloudOffer offer, double score, List<String> reasons) {}

    static List<RankedOffer> rank(List<CloudOffer> offers, Map<Long, MachineRecord> records) {
        return offers.stream()
                .map(o -> score(o, records.get(o.machineId())))
                .sorted(Comparator.comparingDouble(RankedOffer::score)
                        .thenComparingDouble(r -> r.offer().pricePerHour())
                        .thenComparingLong(r -> r.offer().id()))
                .toList();
    }

    static RankedOffer score(CloudOffer o, MachineRecord record) {
        List<String> reasons = new ArrayList<>();
        reasons.add(String.format(Locale.ROOT, "$%.3f/h", o.pricePerHour()));
        double chance;
        int counted = record == null ? 0 : record.successes() + record.failures();
        if (counted >= MEASURED_AFTER) {
            // Laplace's rule keeps one lucky or unlucky attempt from deciding everything.
            chance = (record.successes() + 1.0) / (counted + 2.0);
            reasons.add("ready " + record.successes() + " of " + counted + " times on this host");
        } else {
            chance = o.reliability();
            reasons.add(String.format(Locale.ROOT, "host reliability %.1f%%", o.reliability() * 100));
        }
        double factor = 1.0;
        if (o.inetDownMbps() < 100) {
            factor *= 1.15;
            reasons.add(String.format(Locale.ROOT, "slow download %.0f Mb/s (long image pull)", o.inetDownMbps()));
        } else if (o.inetDownMbps() < 300) {
            factor *= 1.05;
            reasons.add(String.format(Locale.ROOT, "download %.0f Mb/s", o.inetDownMbps()));
        } else {
            reasons.add(String.format(Locale.ROOT, "fast download %.0f Mb/s", o.inetDownMbps()));
        }
        if (record != null && record.medianSecondsToReady() != null) {
            double seconds = record.medianSecondsToReady();
            factor *= 1 + Math.min(seconds, 600) / 1200;
            reasons.add(String.format(Locale.ROOT, "median %.0f s to ready here", seconds));
        }
        if (o.verified()) {
            reasons.add("verified");
        } else {
            // Only searches that let unverified hosts in see these; the reliability above already prices the risk.
            reasons.add("unverified host");
        }
        return new RankedOffer(o, o.pricePerHour() / Math.max(chance, 0.05) * factor, List.copyOf(reasons));
    }
}
