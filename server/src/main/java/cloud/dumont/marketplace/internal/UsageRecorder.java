package cloud.dumont.marketplace.internal;

import cloud.dumont.deployment.LaunchEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the deployment engine's launch milestones into usage rows and counters. It runs inside the engine's
 * transaction (a plain listener, not an after-commit one), so a crash can neither lose a launch nor count one that
 * was rolled back.
 */
@Component
class UsageRecorder {

    private final JdbcClient jdbc;
    private final TemplateStats stats;
    private final SearchIndexer indexer;

    UsageRecorder(JdbcClient jdbc, TemplateStats stats, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.stats = stats;
        this.indexer = indexer;
    }

    @EventListener
    void on(LaunchEvent event) {
        if (event.templateId() == null) {
            return; // a deployment stored before templates had ids everywhere
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
                        OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
                .update();
        switch (event.kind()) {
            case requested -> stats.addLaunch(event.templateId(), event.at());
            case ready -> stats.addOutcome(event.templateId(), true);
            case failed -> stats.addOutcome(event.templateId(), false);
        }
        indexer.reindexAfterCommit(event.templateId());
    }
}
