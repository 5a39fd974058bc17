package cloud.dumont.api.machines;

/**
 * How one deployment attempt on a machine ended. Only {@code ready} and {@code failed} count towards a machine's
 * success rate: a deployment destroyed while it was still starting says nothing about its host, and a race loser was
 * only slower than another host.
 */
public enum AttemptOutcome {
    ready,
    failed,
    destroyed_before_ready,
    race_loser
}
