package cloud.dumont.machines.internal;

import cloud.dumont.api.machines.AttemptOutcome;
import cloud.dumont.deployment.LaunchEvent;
import cloud.dumont.platform.SqlTimes;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records each deployment attempt against the machine it ran on, from the engine's launch events, inside the
 * engine's transaction (a plain listener): an attempt is recorded exactly when the deployment's change is. The first
 * outcome of an attempt stands: a deployment that was ready and later lost its host does not turn a success into a
 * failure, and an event seen twice is recorded once.
 */
@Component
class AttemptRecorder {

    /** The health check's code: an app that never answered on this machine within the health timeout. */
    private static final String HEALTH_TIMEOUT = "health-timeout";

    /** The deployment module's code for a host a strategy gave up as dead (Problems.HOST_DEAD). */
    private static final String HOST_DEAD = "host-dead";

    private final JdbcClient jdbc;
    private final Blacklist blacklist;

    AttemptRecorder(JdbcClient jdbc, Blacklist blacklist) {
        this.jdbc = jdbc;
        this.blacklist = blacklist;
    }

    @EventListener
    void on(LaunchEvent event) {
        AttemptOutcome outcome = outcome(event);
        if (outcome == null || event.machineId() == null) {
            return;
        }
        if (recorded(event)) {
            return;
        }
        boolean failed = outcome == AttemptOutcome.failed;
        jdbc.sql("insert into machine_attempts (machine_id, simulated, deployment_id, attempt, template_id, gpu_name,"
                        + " image, outcome, failure_stage, reason_code, reason_message, seconds_to_ready, at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        event.machineId(),
                        event.simulated(),
                        event.deploymentId(),
                        event.attempt(),
                        event.templateId(),
                        event.gpuName(),
                        truncate(event.image(), 300),
                        outcome.name(),
                        failed && event.stage() != null ? event.stage().name() : null,
                        failed ? event.reasonCode() : null,
                        failed ? truncate(event.reasonMessage(), 1000) : null,
                        outcome == AttemptOutcome.ready ? event.secondsToReady() : null,
                        SqlTimes.at(event.at()))
                .update();
        if (outcome == AttemptOutcome.ready || failed) {
            blacklist.judge(event.machineId(), event.simulated(), event.at());
        }
    }

    /**
     * The attempt's outcome, or null for a milestone that ends no attempt. An attempt given up while its app had not
     * answered the health check in time counts as failed: the machine had its chance. One given up while it was still
     * provisioning or starting says nothing about the machine, unless a strategy gave it up because the host showed it
     * would never run (RoundRobin's and Race's dead hosts, code host-dead).
     */
    static AttemptOutcome outcome(LaunchEvent event) {
        return switch (event.kind()) {
            case requested -> null;
            case ready -> AttemptOutcome.ready;
            case failed -> AttemptOutcome.failed;
            case abandoned ->
                HEALTH_TIMEOUT.equals(event.reasonCode()) || HOST_DEAD.equals(event.reasonCode())
                        ? AttemptOutcome.failed
                        : AttemptOutcome.destroyed_before_ready;
            case raceLost -> AttemptOutcome.race_loser;
        };
    }

    private boolean recorded(LaunchEvent event) {
        return jdbc.sql("select count(*) from machine_attempts where deployment_id = ? and attempt = ?"
                                + " and machine_id = ?")
                        .params(event.deploymentId(), event.attempt(), event.machineId())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
