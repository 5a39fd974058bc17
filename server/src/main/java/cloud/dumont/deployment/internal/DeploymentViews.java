package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentConstraints;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.HibernationState;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.KubernetesPlacement;
import cloud.dumont.api.deployment.PhaseTimes;
import cloud.dumont.identity.CurrentUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Deployment rows as the API shows them: the app's secret to the owner only, never to admins or anyone else. */
public final class DeploymentViews {

    private DeploymentViews() {}

    /**
     * @param warnBefore how long before a scheduled stop its warning is given, which can delay the stop (see
     *     {@link StopSchedule})
     */
    public static DeploymentResponse toResponse(
            DeploymentEntity d, CurrentUser viewer, Instant now, Duration warnBefore) {
        List<InstanceAttempt> attempts =
                d.getInstanceAttempts().stream().map(a -> a.costedAt(now)).toList();
        boolean owner = d.getOwnerId().equals(viewer.id());
        boolean showSecret = owner
                && d.getStatus().live()
                && d.getStatus() != cloud.dumont.api.deployment.DeploymentStatus.destroying;
        return new DeploymentResponse(
                d.getId(),
                d.getOwnerId(),
                d.getTemplateId(),
                d.getTemplateSlug(),
                d.getTemplateName(),
                d.getTemplateVersion(),
                d.getStatus(),
                d.getStatusMessage(),
                d.getGpuName() != null ? d.getGpuName() : d.getRequestedGpuName(),
                d.getNumGpus(),
                d.getPricePerHour(),
                d.getOfferId() != null ? d.getOfferId() : d.getRequestedOfferId(),
                d.getInstanceId(),
                d.getMachineId(),
                d.getAttempt(),
                d.getDiskGb(),
                showSecret ? d.getEndpoints() : AppAccess.withoutSecret(d.getEndpoints()),
                showSecret && !d.onKubernetes() ? AppAccess.credentials(d) : null,
                Problems.troubleshootingUrl(d.getProblemCode()),
                d.isSimulated(),
                new PhaseTimes(
                        d.getRequestedAt(),
                        d.getProvisioningAt(),
                        d.getStartingAt(),
                        d.getRunningAt(),
                        d.getUnhealthyAt(),
                        d.getFailedAt(),
                        d.getDestroyingAt(),
                        d.getDestroyedAt()),
                d.getRequestedAt(),
                d.getUpdatedAt(),
                d.getTarget(),
                d.getModelId(),
                d.onKubernetes() ? placement(d) : null,
                d.onKubernetes() ? null : d.getStrategy(),
                attempts,
                d.isPooled(),
                d.onKubernetes() ? null : totalCost(attempts) + d.workspace().snapshotStorageUsd(now),
                d.getBidPerHour(),
                d.onKubernetes() ? null : hibernation(d, now, warnBefore),
                d.onKubernetes() ? null : constraints(d.offerConstraints()));
    }

    private static HibernationState hibernation(DeploymentEntity d, Instant now, Duration warnBefore) {
        StopSchedule schedule = d.getStopSchedule();
        ScheduledStops.StopTimes stops = ScheduledStops.stopTimes(d, warnBefore);
        boolean hibernated = d.getStatus() == cloud.dumont.api.deployment.DeploymentStatus.hibernated;
        return new HibernationState(
                d.isHibernationEnabled(),
                d.getIdleThresholdPct(),
                (int) d.getIdleWindow().toSeconds(),
                d.getIdleSince(),
                d.getIdleSince() == null || !d.isHibernationEnabled()
                        ? null
                        : d.getIdleSince().plus(d.getIdleWindow()),
                d.getHibernatedAt(),
                d.savedUsd(now),
                d.getIdleSignal(),
                ScheduledStops.view(schedule),
                schedule.maxRun() == null ? null : (int) schedule.maxRun().toSeconds(),
                d.getStatus() == cloud.dumont.api.deployment.DeploymentStatus.running ? d.getRunStartedAt() : null,
                stops.hours(),
                stops.maxRun(),
                hibernated ? d.workspace().stage() : null,
                // While waking too (the one the wake restores if it moves): whether a snapshot exists decides what a
                // stuck restart leads to.
                hibernated
                        ? d.workspace().hibernationSnapshotId()
                        : d.getStatus() == cloud.dumont.api.deployment.DeploymentStatus.waking
                                ? d.workspace().restoreSnapshotId()
                                : null,
                hibernated ? d.workspace().releasesAt() : null);
    }

    private static double totalCost(List<InstanceAttempt> attempts) {
        return attempts.stream()
                .map(InstanceAttempt::costUsd)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    private static DeploymentConstraints constraints(OfferConstraints c) {
        return new DeploymentConstraints(
                c.maxPricePerHour(), c.region() == null ? null : c.region().name(), c.verifiedOnly());
    }

    private static KubernetesPlacement placement(DeploymentEntity d) {
        String service = d.getGraphName() + "-frontend";
        String portForward = "kubectl port-forward svc/" + service + " 8000:8000 -n " + d.getGraphNamespace();
        String curl = "curl http://localhost:8000/v1/chat/completions -H 'Content-Type: application/json' -d '"
                + "{\"model\": \"" + d.getServedModelName() + "\", \"messages\": [{\"role\": \"user\", \"content\":"
                + " \"Hello!\"}], \"max_tokens\": 64}'";
        return new KubernetesPlacement(
                d.getClusterName(),
                d.getGraphNamespace(),
                d.getGraphName(),
                d.getGraphEngine(),
                d.getGraphMode(),
                d.getServedModelName(),
                d.getReplicasDesired(),
                d.getReplicasReady(),
                service,
                portForward,
                curl);
    }
}
