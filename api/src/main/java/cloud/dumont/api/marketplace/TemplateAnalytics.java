package cloud.dumont.api.marketplace;

import java.util.List;
import java.util.UUID;

/**
 * Usage measured from the deployment engine's launch events.
 *
 * @param successRate ready / (ready + failed), null before any launch finished
 * @param medianSecondsToReady from request to running, null before any launch got there
 * @param daily the last 30 UTC days, oldest first, zero days included
 */
public record TemplateAnalytics(
        UUID templateId,
        long launches,
        long ready,
        long failed,
        Double successRate,
        Double medianSecondsToReady,
        double trendingScore,
        List<DailyLaunches> daily,
        List<FailureReason> topFailureReasons) {}
