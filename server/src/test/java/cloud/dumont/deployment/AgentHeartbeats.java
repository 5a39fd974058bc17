package cloud.dumont.deployment;

import cloud.dumont.deployment.internal.Labels;
import cloud.dumont.sim.InstanceState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.dao.DataAccessException;

/**
 * The heartbeats of the simulated instances' agents, sent on virtual time by the benchmark (the simulator's agents beat
 * on real time, which means nothing on a driven clock). A real agent beats every {@code interval}; only some beats can
 * change what the engine does, and only those are sent, to keep a week to minutes:
 *
 * <ul>
 *   <li>every {@code interval} for an instance whose deployment has an agent command waiting (a snapshot) or is on
 *       its way somewhere (hibernating, waking, provisioning, starting): the command is carried out at a beat;
 *   <li>once, a uniformly drawn part of {@code interval} after its user's activity changed: the first beat that would
 *       report the new GPU figure (the engine judges idleness by the busier of Vast.ai's figure and a fresh agent's);
 *   <li>every {@code everyone} for every running instance with an agent, when that is not zero.
 * </ul>
 *
 * An agent's boot heartbeat (at create, before the app starts, where a restore is carried out) is the simulator's own.
 */
final class AgentHeartbeats {

    private final BenchEngine engine;
    private final Duration interval;
    private final Duration everyone;
    private final SplittableRandom random;
    private final Map<Long, Instant> soon = new HashMap<>();
    private Instant nextTick;
    private Instant nextEveryone;
    private long sent;

    AgentHeartbeats(BenchEngine engine, Duration interval, Duration everyone, long seed) {
        this.engine = engine;
        this.interval = interval;
        this.everyone = everyone;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.nextTick = engine.clock.instant();
        this.nextEveryone = everyone.isZero() ? Instant.MAX : engine.clock.instant();
    }

    /** The user made the instance's GPU busy or idle: its agent reports that at its next beat. */
    void activityChanged(long instanceId) {
        Instant at = engine.clock.instant().plusMillis(random.nextLong(interval.toMillis()));
        soon.merge(instanceId, at, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** When a heartbeat is due next. */
    Instant next() {
        Instant next = nextTick.isBefore(nextEveryone) ? nextTick : nextEveryone;
        for (Instant at : soon.values()) {
            next = at.isBefore(next) ? at : next;
        }
        return next;
    }

    /** Sends every heartbeat due by {@code now}. */
    void beatDue(Instant now) {
        Set<Long> due = new HashSet<>();
        for (Iterator<Map.Entry<Long, Instant>> it = soon.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Instant> e = it.next();
            if (!e.getValue().isAfter(now)) {
                due.add(e.getKey());
                it.remove();
            }
        }
        boolean tick = !now.isBefore(nextTick);
        boolean all = !now.isBefore(nextEveryone);
        if (tick) {
            nextTick = now.plus(interval);
        }
        if (all) {
            nextEveryone = now.plus(everyone);
        }
        Set<String> busy = tick ? deploymentsWithWork() : Set.of();
        if (due.isEmpty() && busy.isEmpty() && !all) {
            return;
        }
        for (InstanceState i : engine.sim.instances()) {
            if (!i.running() || !i.env().containsKey("DUMONT_AGENT_URL")) {
                continue;
            }
            if (all || due.contains(i.id()) || busy.contains(deploymentOf(i))) {
                beat(i.id());
            }
        }
    }

    long sent() {
        return sent;
    }

    /** Deployments whose agent has a command to carry out, or that are on their way somewhere. */
    private Set<String> deploymentsWithWork() {
        Set<String> ids = new HashSet<>(engine.jdbc.queryForList(
                "select cast(id as varchar) from deployments where status in ('hibernating', 'waking', 'provisioning',"
                        + " 'starting')",
                String.class));
        try {
            ids.addAll(engine.jdbc.queryForList(
                    "select cast(deployment_id as varchar) from agent_commands where status in ('pending', 'running')",
                    String.class));
        } catch (DataAccessException e) {
            // an engine without agent commands
        }
        return ids;
    }

    private static String deploymentOf(InstanceState i) {
        return Labels.parse(i.label()).map(p -> p.deploymentId().toString()).orElse("");
    }

    private void beat(long instanceId) {
        try {
            engine.sim.agentHeartbeat(instanceId);
            sent++;
        } catch (IllegalArgumentException e) {
            // gone or stopped since, or launched without an agent
        } catch (IOException e) {
            // a real agent tries again at its next heartbeat; so does this one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
