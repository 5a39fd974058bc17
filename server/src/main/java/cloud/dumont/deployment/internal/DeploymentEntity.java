package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.DeploymentTarget;
import cloud.dumont.api.deployment.Endpoint;
import cloud.dumont.api.deployment.InstanceAttempt;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.deployment.GraphOrder;
import cloud.dumont.deployment.LaunchEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One deployment: what was asked for (template version, offer or GPU, disk, extra env), what the provider gave (offer,
 * instance, endpoints) and where it stands. The reconciler reads and writes it; the API only asks for changes (destroy,
 * retry) and the reconciler carries them out.
 */
@Entity
@Table(name = "deployments")
public class DeploymentEntity {

    @Id
    private UUID id;

    private UUID ownerId;
    private UUID templateId;
    private String templateSlug;
    private String templateName;
    private String templateVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    private TemplateLaunchSpec launchSpec;

    @Enumerated(EnumType.STRING)
    private DeploymentStatus status;

    private String statusMessage;
    private Long requestedOfferId;
    private String requestedGpuName;
    private int diskGb;
    private Long offerId;
    private String gpuName;
    private Integer numGpus;
    private Double pricePerHour;
    private Long instanceId;
    private Long staleInstanceId;
    private Long machineId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Endpoint> endpoints;

    private int attempt;

    /** The last attempt an order was sent for; an order of the current attempt may then exist at the provider. */
    private int orderedAttempt;

    private String appSecret;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> extraEnv;

    private String providerStatus;
    private String problemCode;
    private int healthFailures;
    private int transientErrors;
    private boolean simulated;
    private Instant nextCheckAt;
    private Instant requestedAt;
    private Instant provisioningAt;
    private Instant startingAt;
    private Instant runningAt;
    private Instant unhealthyAt;
    private Instant failedAt;
    private Instant destroyingAt;
    private Instant destroyedAt;
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    private DeploymentTarget target;

    @Enumerated(EnumType.STRING)
    private ProvisioningStrategy strategy;

    private Integer raceSize;

    /** The GPU's bid in $/h for an interruptible deployment; null for on-demand. */
    private Double bidPerHour;

    /** Instances lost to a higher bid since the deployment last ran; reset when it runs again. */
    private int outbids;

    private Boolean hibernationEnabled;
    private Integer idleThresholdPct;
    private Integer idleWindowSeconds;

    /** When the GPU and the app last became idle together; null while either is busy or unknown. */
    private Instant idleSince;

    /** The hibernation warning of the current idle stretch was given. */
    private boolean idleWarned;

    /** What the last idle check saw, in words. */
    private String idleSignal;

    private Instant hibernatedAt;
    private Instant wakingAt;

    /** The wake whose overdue restart was noted (see {@link #wakeOverdue}), so the note is given once per wake. */
    private Instant wakeOverdueNotedFor;

    /** GPU money saved by hibernations that have ended. */
    private double hibernationSavedUsd;

    /** Working hours (see {@link StopSchedule}): an IANA zone, ISO day numbers ("1,2,3,4,5"), local start and end. */
    private String hoursTimeZone;

    private String hoursDays;
    private java.time.LocalTime hoursStart;
    private java.time.LocalTime hoursEnd;
    private Integer maxRunSeconds;

    /** When the working hours or run limit last changed. */
    private Instant stopScheduleSetAt;

    /** The scheduled stop whose warning was given, so it is given once. */
    private Instant stopWarnedFor;

    /** When the current run began: its first time running since a deploy, retry or wake; null when not running. */
    private Instant runStartedAt;

    private Boolean failoverEnabled;

    /** When the provider first reported the running instance's host lost, within the failover grace period. */
    private Instant hostLostAt;
    /** The user's offer constraints (see {@link OfferConstraints}); region is an {@link OfferRegion}'s name. */
    private Double maxPricePerHour;

    private String region;
    private boolean verifiedOnly = true;

    /** An unclaimed member of its template's warm pool. */
    private boolean pooled;

    @jakarta.persistence.Embedded
    private DeploymentWorkspace workspace = new DeploymentWorkspace();

    /** Every instance rented for this deployment, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<InstanceAttempt> instanceAttempts;

    private String modelId;
    private String clusterName;
    private String graphNamespace;
    private String graphName;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> graphManifest;

    private String graphEngine;
    private String graphMode;
    private String servedModelName;
    private Integer replicasDesired;
    private Integer replicasReady;

    /** The worker replicas last written to the DGD; differs from {@code replicasDesired} until a scale is applied. */
    private Integer replicasApplied;

    @Version
    private long rowVersion;

    /** Events produced while this copy was changed; written with it. */
    @Transient
    private final List<PendingEvent> pendingEvents = new ArrayList<>();

    @Transient
    private final List<LaunchEvent> pendingLaunches = new ArrayList<>();

    protected DeploymentEntity() {}

    public DeploymentEntity(
            UUID ownerId,
            DeployableTemplate template,
            Long requestedOfferId,
            String requestedGpuName,
            int diskGb,
            Map<String, String> extraEnv,
            String appSecret,
            boolean simulated,
            Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.templateId = template.id();
        this.templateSlug = template.slug();
        this.templateName = template.name();
        this.templateVersion = template.version();
        this.launchSpec = template.spec();
        this.requestedOfferId = requestedOfferId;
        this.requestedGpuName = requestedGpuName;
        this.diskGb = diskGb;
        this.extraEnv = extraEnv == null ? Map.of() : new HashMap<>(extraEnv);
        this.appSecret = appSecret;
        this.simulated = simulated;
        this.target = DeploymentTarget.vast;
        this.strategy = ProvisioningStrategy.coldstart;
        requested(now);
        pendingLaunches.add(launch(LaunchEvent.Kind.requested, null, null, now));
    }

    /** A deployment of a catalog model as a DynamoGraphDeployment on a Kubernetes cluster. */
    public DeploymentEntity(UUID ownerId, GraphOrder order, String cluster, boolean simulated, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.target = DeploymentTarget.kubernetes;
        this.modelId = order.modelId();
        this.templateSlug = order.modelId();
        this.templateName = order.modelName();
        this.templateVersion = order.runtimeVersion();
        this.clusterName = cluster;
        this.graphNamespace = order.namespace();
        this.graphName = order.name();
        this.graphManifest = order.manifest();
        this.graphEngine = order.engine();
        this.graphMode = order.mode();
        this.servedModelName = order.servedModelName();
        this.replicasDesired = order.replicas();
        this.replicasApplied = order.replicas();
        this.replicasReady = 0;
        this.extraEnv = Map.of();
        // Unused on Kubernetes (the frontend is reached through the API server), but the column is required.
        this.appSecret = "-";
        this.simulated = simulated;
        requested(now);
    }

    private void requested(Instant now) {
        this.attempt = 1;
        this.status = DeploymentStatus.pending;
        this.statusMessage = "Deployment requested";
        this.requestedAt = now;
        this.nextCheckAt = now;
        this.updatedAt = now;
        pendingEvents.add(new PendingEvent(
                "status",
                DeploymentStatus.pending,
                "Deployment of " + templateName + " " + templateVersion + " requested"
                        + (onKubernetes()
                                ? " as " + graphNamespace + "/" + graphName + " on cluster " + clusterName
                                : "")));
    }

    /** True for a DynamoGraphDeployment on Kubernetes, false for a Vast.ai instance. */
    public boolean onKubernetes() {
        return target == DeploymentTarget.kubernetes;
    }

    /** Moves to {@code next}, stamps the phase and records a status event. */
    public void moveTo(DeploymentStatus next, String message, Instant now) {
        DeploymentStatus from = status;
        String fromMessage = statusMessage;
        // Launch milestones count template usage and host history; a DGD is neither a template launch nor a host.
        LaunchEvent.Kind milestone = onKubernetes()
                ? null
                : switch (next) {
                    case pending -> LaunchEvent.Kind.requested;
                    case running -> runningAt == null ? LaunchEvent.Kind.ready : null;
                    case failed -> LaunchEvent.Kind.failed;
                    case destroying -> endsBeforeReady(from) ? LaunchEvent.Kind.abandoned : null;
                    default -> null;
                };
        if (hibernatedAt != null && next != DeploymentStatus.hibernated) {
            // However a hibernation ends (a wake, a destroy, a lost instance), what it saved stops growing then.
            hibernationSavedUsd = savedUsd(now);
            hibernatedAt = null;
            workspace().awake(now); // and a stage-2 snapshot's storage stops counting as the workspace's cost
        }
        this.status = next;
        this.statusMessage = message;
        this.updatedAt = now;
        switch (next) {
            case pending -> requestedAt = now;
            case provisioning -> provisioningAt = now;
            case starting -> startingAt = now;
            case running -> {
                runningAt = now;
                outbids = 0;
                runStartedAt = runStartedAt == null ? now : runStartedAt; // a move to a new host runs on
            }
            case unhealthy -> unhealthyAt = now;
            case failed -> failedAt = now;
            case destroying -> destroyingAt = now;
            case destroyed -> destroyedAt = now;
        }
        if (milestone != null) {
            pendingLaunches.add(
                    launch(milestone, from, milestone == LaunchEvent.Kind.abandoned ? fromMessage : message, now));
        }
        pendingEvents.add(new PendingEvent("status", next, message));
    }

    /** An attempt that had a machine but was never ready ends here without a failure of its own. */
    private boolean endsBeforeReady(DeploymentStatus from) {
        return runningAt == null
                && (from == DeploymentStatus.provisioning
                        || from == DeploymentStatus.starting
                        || from == DeploymentStatus.unhealthy);
    }

    /**
     * Fails the deployment with a troubleshooting code; the current instance's attempt, if any, ends as failed with
     * the same message.
     */
    public void fail(String code, String message, Instant now) {
        if (instanceId != null) {
            endAttempt(instanceId, "failed", message, now);
        }
        problemCode = code;
        moveTo(DeploymentStatus.failed, message, now);
    }

    /** Records progress within the current phase. */
    public void note(String message, Instant now) {
        this.updatedAt = now;
        pendingEvents.add(new PendingEvent("info", status, message));
    }

    /** Starts a new attempt: the old instance (if any) is destroyed by the reconciler before a new one is rented. */
    public void retry(Instant now) {
        if (!onKubernetes() && endsBeforeReady(status)) {
            pendingLaunches.add(launch(LaunchEvent.Kind.abandoned, status, statusMessage, now));
        }
        if (instanceId != null) {
            staleInstanceId = instanceId;
        }
        instanceId = null;
        offerId = null;
        machineId = null;
        endpoints = null;
        providerStatus = null;
        problemCode = null;
        healthFailures = 0;
        transientErrors = 0;
        provisioningAt = startingAt = runningAt = unhealthyAt = failedAt = runStartedAt = null;
        attempt++;
        moveTo(DeploymentStatus.pending, "Retry requested: attempt " + attempt, now);
        nextCheckAt = now;
    }

    public void recordOrder(long offerId, String gpuName, Integer numGpus, Double pricePerHour, Long machineId) {
        this.offerId = offerId;
        this.gpuName = gpuName;
        this.numGpus = numGpus;
        this.pricePerHour = pricePerHour;
        this.machineId = machineId;
    }

    /**
     * Gives up the current instance (the caller destroys it) and starts the next attempt at once, still provisioning:
     * what RoundRobin does at the first sign of a dead host. The new attempt has a new label, so a late answer about
     * the old instance cannot be taken for the new one.
     */
    public void moveOn(String reason, Instant now) {
        giveUpInstance("dead", reason, now);
        provisioningAt = now;
        note("Gave up instance: " + reason + "; trying the next offer (attempt " + attempt + ")", now);
    }

    /**
     * Ends the current instance's attempt with {@code outcome} and forgets the instance, so the next order starts a new
     * attempt whose label cannot be confused with the old one's. The picked offer was tried: the ranked list decides
     * from now on.
     */
    private void giveUpInstance(String outcome, String reason, Instant now) {
        hostLostAt = null;
        if (instanceId != null) {
            endAttempt(instanceId, outcome, reason, now);
        }
        instanceId = null;
        offerId = null;
        machineId = null;
        endpoints = null;
        providerStatus = null;
        healthFailures = 0;
        requestedOfferId = null;
        attempt++;
    }

    /**
     * Records an instance just ordered.
     *
     * @param storage the disk's share of {@code price}, or null when unknown (then the whole price is billed from now)
     */
    public void startAttempt(
            long instance,
            Long offer,
            Long machine,
            String gpu,
            String location,
            Double price,
            Double storage,
            Instant now) {
        List<InstanceAttempt> list = new ArrayList<>(getInstanceAttempts());
        if (list.stream().anyMatch(a -> a.instanceId() == instance)) {
            return; // adopted after a restart: already recorded
        }
        list.add(
                InstanceAttempt.ordered(list.size() + 1, instance, offer, machine, gpu, location, price, storage, now));
        instanceAttempts = list;
    }

    /**
     * What the provider reports of one of this deployment's instances, as it bears on billing: its GPU is billed while
     * it runs and only then.
     */
    public void observed(cloud.dumont.provider.CloudInstance instance, Instant now) {
        boolean running = instance.state() == cloud.dumont.provider.InstanceState.RUNNING;
        replaceAttempt(instance.id(), a -> running ? a.running(now) : a.notRunning(now));
    }

    /** The instance passed its health check. */
    public void attemptReady(long instance, Instant now) {
        replaceAttempt(instance, a -> a.ready(now));
    }

    /**
     * The instance is given up, failed or destroyed; its cost is fixed from its price and rented time. A dead host and
     * a race loser are also told to host history (a failed or destroyed one is, through the deployment's own status).
     */
    public void endAttempt(long instance, String outcome, String reason, Instant now) {
        getInstanceAttempts().stream()
                .filter(a -> a.instanceId() == instance && a.endedAt() == null)
                .findFirst()
                .ifPresent(a -> {
                    if ("dead".equals(outcome)) {
                        pendingLaunches.add(instanceLaunch(LaunchEvent.Kind.abandoned, a, reason, now));
                    } else if ("lost".equals(outcome)) {
                        pendingLaunches.add(instanceLaunch(LaunchEvent.Kind.raceLost, a, reason, now));
                    }
                });
        replaceAttempt(instance, a -> a.endedAt() != null ? a : a.ended(outcome, reason, now));
    }

    private void replaceAttempt(long instance, java.util.function.UnaryOperator<InstanceAttempt> change) {
        instanceAttempts = getInstanceAttempts().stream()
                .map(a -> a.instanceId() == instance ? change.apply(a) : a)
                .toList();
    }

    /** Machines this deployment has already tried, which RoundRobin does not go back to. */
    public java.util.Set<Long> triedMachines() {
        return getInstanceAttempts().stream()
                .map(InstanceAttempt::machineId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The offer the user picked is gone; later attempts take the best offer of the same GPU model. */
    public void forgetRequestedOffer() {
        this.requestedOfferId = null;
    }

    /** The label that ties a provider instance to this deployment's current attempt. */
    public String label() {
        return Labels.of(id, attempt);
    }

    /** The launch milestones reached since the last call, as events for other features. */
    public List<LaunchEvent> drainLaunches() {
        if (pooled) {
            // A pool member is Dumont's stock, not anyone's launch: usage counts start when a user takes it.
            pendingLaunches.clear();
            return List.of();
        }
        List<LaunchEvent> drained = List.copyOf(pendingLaunches);
        pendingLaunches.clear();
        return drained;
    }

    /** A milestone of the current attempt, with the machine it ran on as it stands now (before a retry clears it). */
    private LaunchEvent launch(LaunchEvent.Kind kind, DeploymentStatus stage, String message, Instant now) {
        boolean ended = kind == LaunchEvent.Kind.failed || kind == LaunchEvent.Kind.abandoned;
        return new LaunchEvent(
                templateId,
                templateVersion,
                id,
                ownerId,
                kind,
                ended ? problemCode : null,
                kind == LaunchEvent.Kind.ready && runningAt != null
                        ? Duration.between(requestedAt, runningAt).toMillis() / 1000.0
                        : null,
                now,
                attempt,
                machineId,
                gpuName,
                launchSpec == null ? null : launchSpec.dockerImage(),
                stage,
                ended ? message : null,
                simulated);
    }

    /**
     * The milestone of one instance a strategy gave up within the attempt: a dead host (a mark against its machine,
     * code {@value Problems#HOST_DEAD}) or a race loser (never one).
     */
    private LaunchEvent instanceLaunch(LaunchEvent.Kind kind, InstanceAttempt a, String reason, Instant now) {
        return new LaunchEvent(
                templateId,
                templateVersion,
                id,
                ownerId,
                kind,
                kind == LaunchEvent.Kind.abandoned ? Problems.HOST_DEAD : null,
                null,
                now,
                attempt,
                a.machineId(),
                a.gpuName(),
                launchSpec == null ? null : launchSpec.dockerImage(),
                status,
                reason,
                simulated);
    }

    public List<PendingEvent> drainEvents() {
        List<PendingEvent> drained = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return drained;
    }

    /** An event not yet stored. */
    public record PendingEvent(String type, DeploymentStatus status, String message) {}

    // Accessors: plain getters and setters for the fields the reconciler maintains.

    public UUID getId() {
        return id;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public String getTemplateSlug() {
        return templateSlug;
    }

    public String getTemplateName() {
        return templateName;
    }

    public String getTemplateVersion() {
        return templateVersion;
    }

    public TemplateLaunchSpec getLaunchSpec() {
        return launchSpec;
    }

    public DeploymentStatus getStatus() {
        return status;
    }

    public String getStatusMessage() {
        return statusMessage;
    }

    public Long getRequestedOfferId() {
        return requestedOfferId;
    }

    public String getRequestedGpuName() {
        return requestedGpuName;
    }

    public int getDiskGb() {
        return diskGb;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getGpuName() {
        return gpuName;
    }

    public Integer getNumGpus() {
        return numGpus;
    }

    public Double getPricePerHour() {
        return pricePerHour;
    }

    public Long getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(Long instanceId) {
        this.instanceId = instanceId;
    }

    public Long getStaleInstanceId() {
        return staleInstanceId;
    }

    public void setStaleInstanceId(Long staleInstanceId) {
        this.staleInstanceId = staleInstanceId;
    }

    public Long getMachineId() {
        return machineId;
    }

    public void setMachineId(Long machineId) {
        this.machineId = machineId;
    }

    public List<Endpoint> getEndpoints() {
        return endpoints == null ? List.of() : endpoints;
    }

    public void setEndpoints(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    public boolean orderMayExist() {
        return orderedAttempt >= attempt;
    }

    public void markOrdered() {
        this.orderedAttempt = attempt;
    }

    public int getAttempt() {
        return attempt;
    }

    public String getAppSecret() {
        return appSecret;
    }

    public Map<String, String> getExtraEnv() {
        return extraEnv == null ? Map.of() : extraEnv;
    }

    public String getProviderStatus() {
        return providerStatus;
    }

    public void setProviderStatus(String providerStatus) {
        this.providerStatus = providerStatus;
    }

    /** Why the deployment is unhealthy or failed, as a troubleshooting anchor; null otherwise. */
    public String getProblemCode() {
        return problemCode;
    }

    public void setProblemCode(String problemCode) {
        this.problemCode = problemCode;
    }

    public int getHealthFailures() {
        return healthFailures;
    }

    public void setHealthFailures(int healthFailures) {
        this.healthFailures = healthFailures;
    }

    public int getTransientErrors() {
        return transientErrors;
    }

    public void setTransientErrors(int transientErrors) {
        this.transientErrors = transientErrors;
    }

    public boolean isSimulated() {
        return simulated;
    }

    public Instant getNextCheckAt() {
        return nextCheckAt;
    }

    public void setNextCheckAt(Instant nextCheckAt) {
        this.nextCheckAt = nextCheckAt;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getProvisioningAt() {
        return provisioningAt;
    }

    public Instant getStartingAt() {
        return startingAt;
    }

    public Instant getRunningAt() {
        return runningAt;
    }

    public Instant getUnhealthyAt() {
        return unhealthyAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public Instant getDestroyingAt() {
        return destroyingAt;
    }

    public Instant getDestroyedAt() {
        return destroyedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public ProvisioningStrategy getStrategy() {
        return strategy == null ? ProvisioningStrategy.coldstart : strategy;
    }

    public void setStrategy(ProvisioningStrategy strategy) {
        this.strategy = strategy;
    }

    public boolean isPooled() {
        return pooled;
    }

    /** Makes this deployment a warm-pool member, kept for a user to take. */
    public void markPooled() {
        this.pooled = true;
    }

    public Double getBidPerHour() {
        return bidPerHour;
    }

    public void setBidPerHour(Double bidPerHour) {
        this.bidPerHour = bidPerHour;
    }

    public boolean isInterruptible() {
        return bidPerHour != null;
    }

    public int getOutbids() {
        return outbids;
    }

    /**
     * A higher bid took the instance (Vast.ai stopped it): the deployment looks for a new host, as it did at first, on
     * a new attempt whose label cannot be confused with the lost one's. The caller destroys the old instance. Losing a
     * GPU to a bid says nothing about the host, so host history is not told.
     */
    public void recoverFromOutbid(String reason, Instant now) {
        Long lost = instanceId;
        outbids++;
        replaceInstance(
                "outbid",
                reason,
                "Outbid: " + reason + ". Instance " + lost + " was stopped by Vast.ai; renting another GPU at your bid"
                        + " of $" + bidPerHour + "/h (attempt " + (attempt + 1) + ")",
                now);
    }

    /**
     * Gives up the current instance for a new one, on a new attempt whose label cannot be confused with the old one's,
     * and goes back to provisioning. The caller destroys the old instance.
     *
     * @param outcome how the old instance's attempt ends ({@code outbid}, {@code replaced})
     */
    public void replaceInstance(String outcome, String reason, String message, Instant now) {
        giveUpInstance(outcome, reason, now);
        moveTo(DeploymentStatus.provisioning, message, now);
    }

    public boolean isFailoverEnabled() {
        return Boolean.TRUE.equals(failoverEnabled) && !onKubernetes();
    }

    public void setFailoverEnabled(boolean enabled) {
        this.failoverEnabled = enabled;
    }

    /**
     * The host looks lost: returns since when, noting it once so the timeline shows the wait.
     *
     * @param what the provider's words
     */
    public Instant hostLost(String what, Instant now) {
        if (hostLostAt == null) {
            hostLostAt = now;
            note("Host not answering (" + what + "); moving to a new host unless it comes back", now);
        }
        return hostLostAt;
    }

    /** The host answers again: the failover countdown ends. */
    public void hostBack(Instant now) {
        if (hostLostAt != null) {
            hostLostAt = null;
            note("Host is back", now);
        }
    }

    public boolean isHibernationEnabled() {
        return Boolean.TRUE.equals(hibernationEnabled);
    }

    public int getIdleThresholdPct() {
        return idleThresholdPct == null ? 5 : idleThresholdPct;
    }

    public java.time.Duration getIdleWindow() {
        return java.time.Duration.ofSeconds(idleWindowSeconds == null ? 180 : idleWindowSeconds);
    }

    public void setHibernation(boolean enabled, int thresholdPct, java.time.Duration window) {
        this.hibernationEnabled = enabled;
        this.idleThresholdPct = thresholdPct;
        this.idleWindowSeconds = (int) window.toSeconds();
        if (!enabled) {
            idleSince = null;
            idleWarned = false;
        }
    }

    public Instant getIdleSince() {
        return idleSince;
    }

    public boolean isIdleWarned() {
        return idleWarned;
    }

    public String getIdleSignal() {
        return idleSignal;
    }

    /** What an idle check saw: busy (or unknown) ends the idle stretch, idle starts one if none is running. */
    public void idleCheck(boolean idle, String signal, Instant now) {
        idleSignal = signal;
        if (!idle) {
            idleSince = null;
            idleWarned = false;
        } else if (idleSince == null) {
            idleSince = now;
        }
    }

    public void markIdleWarned() {
        idleWarned = true;
    }

    public Instant getHibernatedAt() {
        return hibernatedAt;
    }

    public Instant getWakingAt() {
        return wakingAt;
    }

    /** The instance is stopped: from now on only its disk is billed. */
    public void hibernated(Instant now) {
        hibernatedAt = now;
        runStartedAt = null;
        idleSince = null;
        idleWarned = false;
    }

    /** A wake was asked for; leaving {@code hibernated} (see {@link #moveTo}) fixes what the hibernation saved. */
    public void wake(Instant now) {
        wakingAt = now;
    }

    /**
     * The restart of this wake is overdue and there is no snapshot to move to: notes why Dumont keeps waiting, once
     * per wake.
     */
    public void wakeOverdue(String message, Instant now) {
        if (wakingAt != null && !wakingAt.equals(wakeOverdueNotedFor)) {
            wakeOverdueNotedFor = wakingAt;
            note(message, now);
        }
    }

    /** The snapshot-side state of the workspace; never null (JPA leaves an embeddable null when its columns are). */
    public DeploymentWorkspace workspace() {
        if (workspace == null) {
            workspace = new DeploymentWorkspace();
        }
        return workspace;
    }

    /**
     * Stage 2 of a hibernation: the stopped instance is given up (the caller destroys it), the workspace now lives in
     * its snapshot alone, whose storage is billed instead of the disk. The next wake rents a new instance on a new
     * attempt and restores the snapshot.
     */
    public void releaseStoppedInstance(String reason, double snapshotUsdPerHour, Instant now) {
        hibernationSavedUsd = savedUsd(now);
        giveUpInstance("hibernated", reason, now);
        workspace().released(now, snapshotUsdPerHour);
    }

    /**
     * What hibernation has saved by {@code now}: while stopped, the GPU share of the instance's price for every hour
     * (its disk is billed either way); once the stopped instance is destroyed (stage 2), its whole price less what
     * keeping the snapshot costs.
     */
    public double savedUsd(Instant now) {
        double saved = hibernationSavedUsd;
        if (hibernatedAt == null) {
            return saved;
        }
        Instant releasedAt = workspace().releasedAt();
        if (releasedAt != null) {
            double perHour =
                    (pricePerHour == null ? 0 : pricePerHour) - workspace().snapshotUsdPerHour();
            return saved + perHour * java.time.Duration.between(releasedAt, now).toMillis() / 3_600_000.0;
        }
        if (instanceId != null) {
            InstanceAttempt current = currentAttempt().orElse(null);
            if (current != null && current.pricePerHour() != null) {
                double gpuPerHour =
                        current.pricePerHour() - (current.storagePerHour() == null ? 0 : current.storagePerHour());
                saved += gpuPerHour
                        * java.time.Duration.between(hibernatedAt, now).toMillis()
                        / 3_600_000.0;
            }
        }
        return saved;
    }

    /** The working hours and run limit; {@link StopSchedule#NONE} when neither is set. */
    public StopSchedule getStopSchedule() {
        StopSchedule.Hours hours = hoursTimeZone == null
                ? null
                : new StopSchedule.Hours(
                        java.time.ZoneId.of(hoursTimeZone),
                        java.util.Arrays.stream(hoursDays.split(","))
                                .map(n -> java.time.DayOfWeek.of(Integer.parseInt(n)))
                                .collect(java.util.stream.Collectors.toSet()),
                        hoursStart,
                        hoursEnd);
        return new StopSchedule(hours, maxRunSeconds == null ? null : Duration.ofSeconds(maxRunSeconds));
    }

    /** Changes the working hours and run limit; the same ones again change nothing, not even when they were set. */
    public boolean setStopSchedule(StopSchedule schedule, Instant now) {
        if (schedule.equals(getStopSchedule())) {
            return false;
        }
        StopSchedule.Hours hours = schedule.hours();
        hoursTimeZone = hours == null ? null : hours.zone().getId();
        hoursDays = hours == null
                ? null
                : hours.days().stream()
                        .map(day -> Integer.toString(day.getValue()))
                        .collect(java.util.stream.Collectors.joining(","));
        hoursStart = hours == null ? null : hours.start();
        hoursEnd = hours == null ? null : hours.end();
        maxRunSeconds =
                schedule.maxRun() == null ? null : (int) schedule.maxRun().toSeconds();
        stopScheduleSetAt = now;
        stopWarnedFor = null;
        return true;
    }

    public Instant getStopScheduleSetAt() {
        return stopScheduleSetAt;
    }

    /** When the current run began; rows from before this was kept fall back to when it last became running. */
    public Instant getRunStartedAt() {
        return runStartedAt != null ? runStartedAt : runningAt;
    }

    /** True the first time it is asked about the scheduled stop due {@code at}, so that stop is warned of once. */
    public boolean warnOnce(Instant at) {
        if (at.equals(stopWarnedFor)) {
            return false;
        }
        stopWarnedFor = at;
        return true;
    }

    public int getRaceSize() {
        return raceSize == null ? 3 : raceSize;
    }

    public void setRaceSize(Integer raceSize) {
        this.raceSize = raceSize;
    }

    /** What every offer this deployment tries must meet. */
    public OfferConstraints offerConstraints() {
        return new OfferConstraints(maxPricePerHour, OfferRegion.find(region).orElse(null), verifiedOnly);
    }

    public void setOfferConstraints(OfferConstraints constraints) {
        this.maxPricePerHour = constraints.maxPricePerHour();
        this.region = constraints.region() == null ? null : constraints.region().name();
        this.verifiedOnly = constraints.verifiedOnly();
    }

    /** Racers ordered and not yet given up. */
    public List<InstanceAttempt> racing() {
        return getInstanceAttempts().stream()
                .filter(a -> a.endedAt() == null && !"ready".equals(a.outcome()))
                .toList();
    }

    /** The race's winner becomes the deployment's instance. */
    public void win(InstanceAttempt winner) {
        this.instanceId = winner.instanceId();
        recordOrder(
                winner.offerId() == null ? 0 : winner.offerId(),
                winner.gpuName(),
                numGpus,
                winner.pricePerHour(),
                winner.machineId());
    }

    public List<InstanceAttempt> getInstanceAttempts() {
        return instanceAttempts == null ? List.of() : instanceAttempts;
    }

    /** The current instance's attempt, while it is booting: its order time starts RoundRobin's deadline. */
    public java.util.Optional<InstanceAttempt> currentAttempt() {
        return getInstanceAttempts().stream()
                .filter(a -> instanceId != null && a.instanceId() == instanceId)
                .findFirst();
    }

    public DeploymentTarget getTarget() {
        return target == null ? DeploymentTarget.vast : target;
    }

    public String getModelId() {
        return modelId;
    }

    /** For a model served on Vast.ai through the vLLM template. */
    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public String getClusterName() {
        return clusterName;
    }

    public String getGraphNamespace() {
        return graphNamespace;
    }

    public String getGraphName() {
        return graphName;
    }

    public Map<String, Object> getGraphManifest() {
        return graphManifest;
    }

    public String getGraphEngine() {
        return graphEngine;
    }

    public String getGraphMode() {
        return graphMode;
    }

    public String getServedModelName() {
        return servedModelName;
    }

    public int getReplicasDesired() {
        return replicasDesired == null ? 0 : replicasDesired;
    }

    public void setReplicasDesired(int replicasDesired) {
        this.replicasDesired = replicasDesired;
    }

    public int getReplicasReady() {
        return replicasReady == null ? 0 : replicasReady;
    }

    public void setReplicasReady(int replicasReady) {
        this.replicasReady = replicasReady;
    }

    public int getReplicasApplied() {
        return replicasApplied == null ? 0 : replicasApplied;
    }

    public void setReplicasApplied(int replicasApplied) {
        this.replicasApplied = replicasApplied;
    }
}
