package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.ProvisioningStrategy;
import cloud.dumont.api.deployment.WarmPoolResponse;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The Serverless strategy's warm pools. A pool member is an ordinary deployment of the template (so the engine
 * provisions, health-checks and, on destroy, releases it like any other), owned by the admin who set the pool up and
 * marked {@code pooled}. A Serverless deploy takes a running member at once, under the user's quota; the refill job
 * then orders a replacement.
 */
@Service
public class WarmPools {

    private static final Logger log = LoggerFactory.getLogger(WarmPools.class);
    /** Members a deploy can take: running, or stopped while idle (woken when taken). */
    private static final Set<DeploymentStatus> READY =
            EnumSet.of(DeploymentStatus.running, DeploymentStatus.hibernated);

    private static final Set<DeploymentStatus> MEMBERS = EnumSet.of(
            DeploymentStatus.pending,
            DeploymentStatus.provisioning,
            DeploymentStatus.starting,
            DeploymentStatus.running,
            DeploymentStatus.hibernating,
            DeploymentStatus.hibernated,
            DeploymentStatus.waking);

    private final Hibernation hibernation;
    private final HibernationProperties hibernationProperties;
    private final WarmPoolRepository pools;
    private final DeploymentRepository deployments;
    private final DeploymentAdmission admission;
    private final DeploymentStore store;
    private final TemplateCatalog templates;
    private final GpuCloud cloud;
    private final Wakeups wakeups;
    private final FreshChanges fresh;
    private final Clock clock;

    WarmPools(
            WarmPoolRepository pools,
            DeploymentRepository deployments,
            DeploymentAdmission admission,
            DeploymentStore store,
            TemplateCatalog templates,
            GpuCloud cloud,
            Wakeups wakeups,
            Hibernation hibernation,
            HibernationProperties hibernationProperties,
            FreshChanges fresh,
            Clock clock) {
        this.fresh = fresh;
        this.hibernation = hibernation;
        this.hibernationProperties = hibernationProperties;
        this.pools = pools;
        this.deployments = deployments;
        this.admission = admission;
        this.store = store;
        this.templates = templates;
        this.cloud = cloud;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    public List<WarmPoolResponse> list(CurrentUser user) {
        requireAdmin(user);
        return pools.findAll().stream().map(this::view).toList();
    }

    /** Sets a template's pool size; 0 removes the pool and destroys its idle members. */
    public WarmPoolResponse configure(CurrentUser user, String slug, int minIdle) {
        requireAdmin(user);
        DeployableTemplate template = templates.deployable(slug, null, user.id(), true);
        WarmPoolEntity pool = pools.findById(template.slug())
                .orElseGet(() -> new WarmPoolEntity(template.slug(), minIdle, user.id(), clock.instant()));
        pool.resize(minIdle, user.id(), clock.instant());
        pools.save(pool);
        refill(pool);
        return view(pool);
    }

    /**
     * A running member of the template's pool, now the user's, or empty when the pool has none that fits the request
     * (a pooled instance was started without the user's environment, offer or GPU choice) or meets the user's
     * constraints.
     */
    Optional<DeploymentEntity> claim(
            CurrentUser user, DeployableTemplate template, DeployRequest request, OfferConstraints constraints) {
        boolean plain = (request.env() == null || request.env().isEmpty()) && request.offerId() == null;
        if (!plain) {
            return Optional.empty();
        }
        admission.ensureQuotaRow(user.id());
        String gpu = request.gpuName() == null || request.gpuName().isBlank()
                ? null
                : request.gpuName().trim();
        List<DeploymentEntity> ready = new java.util.ArrayList<>(
                deployments.findByPooledTrueAndTemplateSlugAndStatusInOrderByRequestedAtAsc(template.slug(), READY));
        // A running member first: it answers at once, a stopped one after a restart.
        ready.sort(java.util.Comparator.comparing(m -> m.getStatus() != DeploymentStatus.running));
        for (DeploymentEntity member : ready) {
            boolean fits = member.getTemplateVersion().equals(template.version())
                    && (gpu == null || gpu.equalsIgnoreCase(member.getGpuName()))
                    && meets(member, constraints);
            if (fits && admission.claim(member.getId(), user.id())) {
                // The member is the user's now; the reconciler may be writing it at this moment, hence a fresh copy.
                DeploymentEntity mine = fresh.apply(member.getId(), m -> {
                            if (m.getStatus() == DeploymentStatus.hibernated) {
                                m.note(
                                        "Taken from the warm pool: its instance was stopped while idle",
                                        clock.instant());
                                hibernation.wake(m, clock.instant());
                                m.setNextCheckAt(clock.instant());
                            } else {
                                m.note("Taken from the warm pool: the instance was already running", clock.instant());
                            }
                            return true;
                        })
                        .orElseThrow();
                wakeups.wake();
                return Optional.of(mine);
            }
        }
        return Optional.empty();
    }

    /**
     * A member meets the constraints when its current host does: members rent verified hosts at any price anywhere, so
     * price and region are checked against the attempt that is running.
     */
    private static boolean meets(DeploymentEntity member, OfferConstraints constraints) {
        if (constraints.maxPricePerHour() != null
                && (member.getPricePerHour() == null
                        || member.getPricePerHour() > constraints.maxPricePerHour() + 1e-9)) {
            return false;
        }
        if (constraints.region() == null) {
            return true;
        }
        return member.getInstanceAttempts().stream()
                .filter(a ->
                        member.getInstanceId() != null && member.getInstanceId().equals(a.instanceId()))
                .findFirst()
                .map(a -> constraints.region().contains(CloudOffer.countryCodeOf(a.location())))
                .orElse(false);
    }

    /** Orders members until every pool has its idle count (running or on the way); destroys members over it. */
    @Scheduled(
            fixedDelayString = "${dumont.deployments.pool-refill-interval:10s}",
            initialDelayString = "${dumont.deployments.pool-refill-interval:10s}")
    public void refillAll() {
        for (WarmPoolEntity pool : pools.findAll()) {
            try {
                refill(pool);
            } catch (RuntimeException e) {
                log.warn("Refilling the warm pool of {} failed: {}", pool.getTemplateSlug(), e.getMessage());
            }
        }
    }

    private void refill(WarmPoolEntity pool) {
        List<DeploymentEntity> members = members(pool.getTemplateSlug());
        int missing = pool.getMinIdle() - members.size();
        for (int i = 0; i < missing; i++) {
            DeployableTemplate template = templates.deployable(pool.getTemplateSlug(), null, pool.getOwnerId(), true);
            DeploymentEntity member = new DeploymentEntity(
                    pool.getOwnerId(),
                    template,
                    null,
                    null,
                    template.spec().diskGb(),
                    Map.of(),
                    AppAccess.newSecret(),
                    cloud.simulated(),
                    clock.instant());
            member.setStrategy(ProvisioningStrategy.roundrobin);
            member.markPooled();
            // An idle member stops after the idle window (its disk and image kept), so the pool costs storage rather
            // than GPU hours while it waits; a deploy that takes it wakes it.
            member.setHibernation(
                    hibernationProperties.poolMembers(),
                    hibernationProperties.idleThresholdPct(),
                    hibernationProperties.idleWindow());
            member.note("Warm-pool member of " + template.name() + ", kept for a Serverless deploy", clock.instant());
            store.insert(member);
        }
        for (DeploymentEntity extra : members.subList(0, Math.max(0, -missing))) {
            // The reconciler may be ordering or checking this member right now: decided again on a fresh copy, and
            // left alone if a deploy took it meanwhile.
            fresh.apply(extra.getId(), m -> {
                if (!m.isPooled() || !MEMBERS.contains(m.getStatus())) {
                    return false;
                }
                m.moveTo(DeploymentStatus.destroying, "The warm pool was made smaller", clock.instant());
                m.setNextCheckAt(clock.instant());
                return true;
            });
        }
        if (missing != 0) {
            wakeups.wake();
        }
    }

    private List<DeploymentEntity> members(String slug) {
        return deployments.findByPooledTrueAndTemplateSlugAndStatusInOrderByRequestedAtAsc(slug, MEMBERS);
    }

    private WarmPoolResponse view(WarmPoolEntity pool) {
        List<DeploymentEntity> members = members(pool.getTemplateSlug());
        int idle = (int)
                members.stream().filter(m -> READY.contains(m.getStatus())).count();
        return new WarmPoolResponse(pool.getTemplateSlug(), pool.getMinIdle(), idle, members.size() - idle);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.admin()) {
            throw new ProblemException(
                    HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Only an administrator manages warm pools");
        }
    }
}
