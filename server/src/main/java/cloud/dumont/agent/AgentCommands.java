package cloud.dumont.agent;

import cloud.dumont.agent.internal.AgentCommandEntity;
import cloud.dumont.agent.internal.AgentCommandEntity.Kind;
import cloud.dumont.agent.internal.AgentCommandEntity.Status;
import cloud.dumont.agent.internal.AgentCommandRepository;
import cloud.dumont.api.snapshots.AgentCommand;
import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.snapshots.Snapshots;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engine asks of a deployment's agent. A command waits (pending) until the agent's next heartbeat takes it
 * (running), and ends when the agent reports done or failed. The engine polls {@link #state}; timing out a command
 * whose agent went quiet is the engine's call.
 */
@Service
public class AgentCommands {

    private final AgentCommandRepository repository;
    private final Snapshots snapshots;
    private final Clock clock;

    AgentCommands(AgentCommandRepository repository, Snapshots snapshots, Clock clock) {
        this.repository = repository;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** Begins a snapshot and asks the agent to upload it; returns the snapshot id, which is also the command id. */
    @Transactional
    public UUID requestSnapshot(UUID deploymentId) {
        UUID snapshotId = snapshots.begin(deploymentId);
        repository.save(new AgentCommandEntity(snapshotId, deploymentId, Kind.snapshot, snapshotId, clock.instant()));
        return snapshotId;
    }

    /**
     * Asks the agent of the instance about to be launched with {@code agentToken} to restore a complete snapshot of
     * the same deployment into its workspace; returns the command id. Ask before launching the instance: the agent
     * takes the command in its first heartbeat, before the app starts. Naming the agent keeps another live instance
     * of the deployment (a stopped one being started again beside it) from taking the restore meant for the new one.
     */
    @Transactional
    public UUID requestRestore(UUID deploymentId, UUID snapshotId, String agentToken) {
        SnapshotResponse snapshot = snapshots
                .find(snapshotId)
                .filter(s -> s.deploymentId().equals(deploymentId))
                .orElseThrow(() -> ProblemException.notFound("Snapshot " + snapshotId));
        if (!snapshot.status().equals("complete")) {
            throw ProblemException.conflict("Snapshot " + snapshotId + " is " + snapshot.status() + ", not complete");
        }
        UUID id = UUID.randomUUID();
        repository.save(new AgentCommandEntity(id, deploymentId, Kind.restore, snapshotId, clock.instant())
                .forAgent(agentToken == null ? null : AgentTokens.hash(agentToken)));
        return id;
    }

    /** {@link #requestRestore(UUID, UUID, String)} for whichever agent of the deployment asks first. */
    @Transactional
    public UUID requestRestore(UUID deploymentId, UUID snapshotId) {
        return requestRestore(deploymentId, snapshotId, null);
    }

    /**
     * How the restores of a snapshot into the deployment's instances ended: a done one if any (the instance kept is
     * the one whose app answered, which it does only after its restore), else the latest failed one.
     */
    @Transactional(readOnly = true)
    public Optional<CommandState> restoreOutcome(UUID deploymentId, UUID snapshotId) {
        List<CommandState> finished = repository
                .findByDeploymentIdAndKindAndSnapshotIdOrderByUpdatedAtDesc(deploymentId, Kind.restore, snapshotId)
                .stream()
                .map(AgentCommands::view)
                .filter(CommandState::finished)
                .toList();
        return finished.stream()
                .filter(c -> c.status().equals("done"))
                .findFirst()
                .or(() -> finished.stream().findFirst());
    }

    @Transactional(readOnly = true)
    public Optional<CommandState> state(UUID commandId) {
        return repository.findById(commandId).map(AgentCommands::view);
    }

    /**
     * The oldest pending command of the deployment this agent may take, now running; {@link AgentCommand#NONE} when
     * there is none.
     */
    @Transactional
    AgentCommand deliverNext(UUID deploymentId, String agentTokenHash) {
        Optional<AgentCommandEntity> pending =
                repository.findByDeploymentIdAndStatusOrderByCreatedAt(deploymentId, Status.pending).stream()
                        .filter(c -> c.meantFor(agentTokenHash))
                        .findFirst();
        if (pending.isEmpty()) {
            return AgentCommand.NONE;
        }
        AgentCommandEntity next = pending.get();
        next.moveTo(Status.running, null, clock.instant());
        repository.save(next);
        Long chunkSize = next.getKind() == Kind.snapshot ? snapshots.chunkSize() : null;
        return new AgentCommand(next.getKind().name(), next.getId(), next.getSnapshotId(), chunkSize);
    }

    /** Ends a command of the deployment; a command already ended stays as it was. */
    @Transactional
    void finish(UUID deploymentId, UUID commandId, Kind kind, String error) {
        AgentCommandEntity command = repository
                .findById(commandId)
                .filter(c -> c.getKind() == kind)
                .orElseThrow(() -> ProblemException.notFound("Command " + commandId));
        if (!command.getDeploymentId().equals(deploymentId)) {
            throw ProblemException.forbidden("This agent token belongs to another deployment");
        }
        if (command.getStatus() == Status.done || command.getStatus() == Status.failed) {
            return;
        }
        command.moveTo(error == null ? Status.done : Status.failed, error, clock.instant());
        repository.save(command);
    }

    private static CommandState view(AgentCommandEntity c) {
        return new CommandState(
                c.getId(),
                c.getDeploymentId(),
                c.getKind().name(),
                c.getSnapshotId(),
                c.getStatus().name(),
                c.getError(),
                c.getUpdatedAt());
    }
}
