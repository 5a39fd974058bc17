package cloud.dumont.provider;

/** A provider's instance states, reduced to what decides the engine's next step. */
public enum InstanceState {
    /** Ordered; the host is preparing it (Vast.ai: no status yet, or {@code created}). */
    CREATING,
    /** The image is being pulled or the container started (Vast.ai {@code loading}). */
    LOADING,
    /** The container runs (Vast.ai {@code running}). */
    RUNNING,
    /** Stopped by someone (Vast.ai {@code stopped}); billed for storage only. */
    STOPPED,
    /** It will never run: exited, offline, unknown host, or the container could not be created. */
    BROKEN
}
