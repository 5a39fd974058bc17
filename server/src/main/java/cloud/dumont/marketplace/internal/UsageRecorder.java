package cloud.dumont.marketplace.internal;

import cloud.dumont.deployment.LaunchEvent;
import cloud.dumont.platform.SqlTimes;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the deployment engine's launch milestones into usage rows and counters. It runs inside the engine's
 * transaction (a plain listener, not an after-commit one), so a crash can neither lose a launch nor count one that
 * was rolled back. The search index learns the new counters from {@link SearchCatchUp} within seconds, rather than
 * from a Lucene write inside the deployment engine's commit.
 */
@Component
class UsageRecorder {

    private final JdbcClient jdbc;
    private final TemplateStats stats;

    UsageRecorder(JdbcClient jdbc, TemplateStats stats) {
        this.jdbc = jdbc;
        this.stats = stats;
    }

    @EventListener
    void on(LaunchEvent event) {
        if (event.templateId() == null || !event.isDeploymentMilestone()) {
            return; // a deployment stored before templates had ids everywhere, or an attempt's end (host history)
        }
        jdbc.sql("insert into template_launches (template_id, template_version, deployment_id, user_id, kind,"
                        + " reason_code, seconds_to_ready, at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        event.templateId(),
                        event.templateVersion(),
                        event.deploymentId(),
                        event.userId(),
                        event.kind().name(),
                        event.reasonCode(),
                        event.secondsToReady(),
                        SqlTimes.at(event.at()))
                .update();
        switch (event.kind()) {
            case requested -> stats.addLaunch(event.templateId(), event.at());
            case ready -> stats.addOutcome(event.templateId(), true);
            case failed -> stats.addOutcome(event.templateId(), false);
            default -> {}
        }
    }
}
