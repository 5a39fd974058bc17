package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.deployment.GraphOrder;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.KubernetesClusters;
import cloud.dumont.provider.ProviderException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the API can do with deployments. Requests only record intent (a new row, "destroy", "retry"); the reconcile
 * loop carries it out, so the API answers fast and a crash in between loses nothing.
 */
@Service
public class Deployments {

    private final TemplateCatalog templates;
    private final WarmPools warmPools;
    private final GpuCloud cloud;
    private final KubernetesClusters clusters;
    private final DeployValidation validation;
    private final DeploymentAdmission admission;
    private final DeploymentStore store;
    private final DeploymentRepository repository;
    private final Wakeups wakeups;
    private final EventSignals signals;
    private final DeploymentProperties properties;
    private final HibernationProperties hibernation;
    private final Failover failover;
    private final FreshChanges fresh;
    private final Clock clock;

    Deployments(
            TemplateCatalog templates,
            WarmPools warmPools,
            GpuCloud cloud,
            KubernetesClusters clusters,
            DeployValidation validation,
            DeploymentAdmission admission,
            DeploymentStore store,
            DeploymentRepository repository,
            Wakeups wakeups,
            EventSignals signals,
            DeploymentProperties properties,
            HibernationProperties hibernation,
            Failover failover,
            FreshChanges fresh,
            Clock clock) {
        this.templates = templates;
        this.warmPools = warmPools;
        this.cloud = cloud;
        this.clusters = clusters;
        this.validation = validation;
        this.admission = admission;
        this.store = store;
        this.repository = repository;
        this.wakeups = wakeups;
        this.signals = signals;
        this.properties = properties;
        this.hibernation = hibernation;
        this.failover = failover;
        this.fresh = fresh;
        this.clock = clock;
    }

    public DeploymentResponse deploy(CurrentUser user, String slug, DeployRequest request) {
        DeployableTemplate template = templates.deployable(slug, request.version(), user.id(), user.admin());
        return deploy(user, template, request, null);
    }

    /**
     * Deploys a template version as given, which may differ from the catalog's (a model served by the vLLM template
     * with its own arguments); {@code modelId} names the catalog model it serves, or is null.
     */
    public DeploymentResponse deploy(
            CurrentUser user, DeployableTemplate template, DeployRequest request, String modelId) {
        validation.checkEnv(request.env());
        OfferConstraints constraints =
                OfferConstraints.of(request.maxPricePerHour(), request.region(), request.verifiedOnly(), "region");
        String gpuName = request.gpuName() == null || request.gpuName().isBlank()
                ? null
                : request.gpuName().trim();
        if (gpuName != null) {
            validation.checkGpuName(template, gpuName);
        }
        int diskGb = DeployValidation.diskGb(request, template);
        ProvisioningStrategy strategy = strategy(request);
        if (request.bidPerHour() != null && strategy == ProvisioningStrategy.serverless) {
            throw DeployValidation.unprocessable(
                    "A Serverless deploy takes a warm on-demand instance from the pool; leave out bid_per_hour, or"
                            + " choose another strategy");
        }
        if (request.offerId() != null) {
            CloudOffer offer = provider(() -> validation.checkOffer(cloud, template, request.offerId(), diskGb));
            validation.checkBid(offer, request.bidPerHour());
            DeployValidation.checkConstraints(offer, constraints);
            gpuName = offer.gpuName();
        }
        if (strategy == ProvisioningStrategy.serverless) {
            Optional<DeploymentEntity> taken = warmPools.claim(user, template, request, constraints);
            if (taken.isPresent()) {
                return DeploymentViews.toResponse(taken.get(), user, clock.instant(), hibernation.warnBefore());
            }
        }
        DeploymentEntity d = new DeploymentEntity(
                user.id(),
                template,
                request.offerId(),
                gpuName,
                diskGb,
                request.env(),
                AppAccess.newSecret(),
                cloud.simulated(),
                clock.instant());
        d.setModelId(modelId);
        if (strategy == ProvisioningStrategy.serverless) {
            strategy = ProvisioningStrategy.roundrobin;
            d.note("The warm pool had no running instance for this request; renting one (RoundRobin)", clock.instant());
        }
        d.setStrategy(strategy);
        d.setRaceSize(request.raceSize());
        d.setBidPerHour(request.bidPerHour());
        d.setHibernation(hibernation.enabledByDefault(), hibernation.idleThresholdPct(), hibernation.idleWindow());
        d.setFailoverEnabled(failover.enabledByDefault());
        d.setOfferConstraints(constraints);
        admission.ensureQuotaRow(user.id());
        admission.admit(d);
        wakeups.wake();
        return DeploymentViews.toResponse(awaitOrder(d.getId()), user, clock.instant(), hibernation.warnBefore());
    }

    /** Deploys a DynamoGraphDeployment onto a Kubernetes cluster (the default one when the order names none). */
    public DeploymentResponse deploy(CurrentUser user, GraphOrder order) {
        String clusterName = order.cluster() == null || order.cluster().isBlank()
                ? clusters.defaultName()
                : order.cluster().trim();
        KubernetesCluster cluster = clusters.find(clusterName)
                .orElseThrow(() -> ProblemException.withFieldErrors(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "invalid-deployment",
                        "Invalid deployment",
                        "No Kubernetes cluster is named " + clusterName,
                        List.of(new ProblemException.FieldProblem(
                                "cluster", "no cluster is named " + clusterName + "; see GET /api/v1/clusters"))));
        DeploymentEntity d = new DeploymentEntity(user.id(), order, clusterName, cluster.simulated(), clock.instant());
        admission.ensureQuotaRow(user.id());
        admission.admit(d);
        wakeups.wake();
        return DeploymentViews.toResponse(awaitOrder(d.getId()), user, clock.instant(), hibernation.warnBefore());
    }

    public List<DeploymentResponse> list(CurrentUser user) {
        List<DeploymentEntity> rows = user.admin()
                ? repository.findAllByOrderByRequestedAtDesc()
                : repository.findByOwnerIdOrderByRequestedAtDesc(user.id());
        return rows.stream()
                .map(d -> DeploymentViews.toResponse(d, user, clock.instant(), hibernation.warnBefore()))
                .toList();
    }

    public DeploymentResponse get(CurrentUser user, UUID id) {
        return DeploymentViews.toResponse(visible(user, id), user, clock.instant(), hibernation.warnBefore());
    }

    /** Asks for the deployment's instance to be destroyed; destroying a destroyed deployment changes nothing. */
    public DeploymentResponse destroy(CurrentUser user, UUID id) {
        return change(user, id, d -> {
            if (d.getStatus() == DeploymentStatus.destroyed || d.getStatus() == DeploymentStatus.destroying) {
                return false;
            }
            d.moveTo(DeploymentStatus.destroying, "Destroy requested", clock.instant());
            return true;
        });
    }

    /** Starts a new attempt of a failed or unhealthy deployment on a fresh instance. */
    public DeploymentResponse retry(CurrentUser user, UUID id) {
        return change(user, id, d -> {
            if (!d.onKubernetes() && !d.isSimulated() && cloud.simulated()) {
                throw new ProblemException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "provider-not-configured",
                        "GPU provider not configured",
                        "This deployment ran on Vast.ai, but the server has no VAST_API_KEY: an administrator must"
                                + " set it before it can be retried.");
            }
            if (d.getStatus() != DeploymentStatus.failed && d.getStatus() != DeploymentStatus.unhealthy) {
                throw ProblemException.conflict(
                        "Only a failed or unhealthy deployment can be retried; this one is " + d.getStatus());
            }
            d.retry(clock.instant());
            return true;
        });
    }

    /**
     * Adds an information event to a deployment on another feature's behalf; retried a few times when it races the
     * reconciler.
     *
     * @return false when there is no such deployment, or it kept changing under the note
     */
    public boolean note(UUID id, String message) {
        try {
            return fresh.apply(id, d -> {
                        d.note(message, clock.instant());
                        return true;
                    })
                    .isPresent();
        } catch (ProblemException keptChanging) {
            return false;
        }
    }

    /** A deployment the user may see: their own, or any for an admin; 404 otherwise, so ids do not leak. */
    public DeploymentEntity visible(CurrentUser user, UUID id) {
        return store.find(id)
                .filter(d -> user.admin() || d.getOwnerId().equals(user.id()))
                .orElseThrow(() -> ProblemException.notFound("Deployment " + id));
    }

    /** Records a change the reconciler carries out; retried a few times when it races the reconciler. */
    public interface Change {
        boolean apply(DeploymentEntity d);
    }

    public DeploymentResponse change(CurrentUser user, UUID id, Change change) {
        visible(user, id);
        Optional<DeploymentEntity> written = fresh.apply(id, d -> {
            if (!change.apply(d)) {
                return false;
            }
            d.setNextCheckAt(clock.instant());
            return true;
        });
        written.ifPresent(d -> wakeups.wake());
        DeploymentEntity d = written.orElseGet(() -> visible(user, id));
        return DeploymentViews.toResponse(d, user, clock.instant(), hibernation.warnBefore());
    }

    /** Gives the provider a moment to accept the order, so the answer usually carries the instance id. */
    private DeploymentEntity awaitOrder(UUID id) {
        Instant deadline = clock.instant().plus(properties.deployWait());
        while (true) {
            long seen = signals.generation();
            DeploymentEntity d = store.find(id).orElseThrow();
            if (d.getInstanceId() != null
                    || (d.onKubernetes() && d.getStatus() != DeploymentStatus.pending)
                    || !d.getStatus().live()
                    || !clock.instant().isBefore(deadline)) {
                return d;
            }
            try {
                signals.awaitAfter(seen, java.time.Duration.ofMillis(100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return d;
            }
        }
    }

    /**
     * RoundRobin unless the user picked an offer: moving on from a dead host costs nothing extra and is what someone
     * waiting for a GPU wants; a picked offer is that offer or nothing.
     */
    static ProvisioningStrategy strategy(DeployRequest request) {
        if (request.strategy() != null) {
            return request.strategy();
        }
        return request.offerId() != null ? ProvisioningStrategy.coldstart : ProvisioningStrategy.roundrobin;
    }

    private static <T> T provider(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ProviderException e) {
            throw unavailable(e);
        }
    }

    static ProblemException unavailable(ProviderException e) {
        if (e.kind() == ProviderException.Kind.AUTH) {
            return new ProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "provider-not-configured",
                    "GPU provider not configured",
                    "Vast.ai refused Dumont's API key. An administrator must set VAST_API_KEY to a valid key"
                            + " (or unset it to use the simulated cloud).");
        }
        return new ProblemException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "provider-unavailable",
                "GPU provider unavailable",
                "The GPU provider did not answer: " + e.getMessage() + ". Try again in a moment.");
    }
}
