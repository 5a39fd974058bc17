package cloud.dumont.deployment.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and writes deployments with their events, in one transaction each, so a status and the event that announces
 * it are stored together or not at all. Writes are optimistic: a copy changed by someone else meanwhile is refused
 * and the change is decided again from fresh state.
 */
@Repository
public class DeploymentStore {

    private final EntityManager em;
    private final DeploymentRepository deployments;
    private final DeploymentEventRepository events;
    private final JdbcClient jdbc;
    private final EventSignals signals;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    DeploymentStore(
            EntityManager em,
            DeploymentRepository deployments,
            DeploymentEventRepository events,
            JdbcClient jdbc,
            EventSignals signals,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.em = em;
        this.deployments = deployments;
        this.events = events;
        this.jdbc = jdbc;
        this.signals = signals;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<DeploymentEntity> find(UUID id) {
        return deployments.findById(id);
    }

    /** The deployments with these ids that exist, by id. */
    @Transactional(readOnly = true)
    public Map<UUID, DeploymentEntity> findAll(Collection<UUID> ids) {
        return deployments.findAllById(ids).stream().collect(Collectors.toMap(DeploymentEntity::getId, d -> d));
    }

    @Transactional
    public void insert(DeploymentEntity d) {
        em.persist(d);
        em.flush();
        appendEvents(d);
    }

    /**
     * Writes the changed copy and its events.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the row changed since the copy was read
     *     (nothing was written)
     */
    @Transactional
    public void update(DeploymentEntity d) {
        em.merge(d);
        em.flush();
        appendEvents(d);
    }

    /** Saves a new instance id at once, outside any copy, so a crash right after the order cannot lose it. */
    @Transactional
    public void recordInstance(UUID deploymentId, long instanceId) {
        jdbc.sql("update deployments set instance_id = ? where id = ?")
                .params(instanceId, deploymentId)
                .update();
    }

    /**
     * Records, before the order is sent, that this attempt is being ordered: after a crash the engine then knows it
     * must look for the attempt's label before ordering again, and otherwise can skip that lookup.
     */
    @Transactional
    public void recordOrdering(UUID deploymentId, int attempt) {
        jdbc.sql("update deployments set ordered_attempt = ? where id = ?")
                .params(attempt, deploymentId)
                .update();
    }

    @Transactional(readOnly = true)
    public List<DeploymentEventEntity> eventsAfter(UUID deploymentId, int seq) {
        return events.findByDeploymentIdAndSeqGreaterThanOrderBySeq(deploymentId, seq);
    }

    private void appendEvents(DeploymentEntity d) {
        // Listeners (usage analytics, host history) write in this transaction: the milestone and its counts commit
        // together.
        d.drainLaunches().forEach(publisher::publishEvent);
        List<DeploymentEntity.PendingEvent> pending = d.drainEvents();
        if (pending.isEmpty()) {
            return;
        }
        int seq = events.lastSeq(d.getId());
        Instant now = clock.instant();
        for (DeploymentEntity.PendingEvent e : pending) {
            events.save(new DeploymentEventEntity(d.getId(), ++seq, now, e.type(), e.status(), e.message()));
        }
        UUID id = d.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signals.signal(id);
            }
        });
    }
}
