package cloud.dumont.api.deployment;

/** Where a deployment is in its life; {@code failed} and {@code destroyed} are final until a retry. */
public enum DeploymentStatus {
    /** Accepted; no instance ordered yet. */
    pending,
    /** An instance is ordered and the provider is preparing the host and pulling the image. */
    provisioning,
    /** The instance runs; Dumont waits for the app's health path to answer. */
    starting,
    /** The app answers its health path. */
    running,
    /** The instance runs but the app has not answered its health path in time. */
    unhealthy,
    /** It sat idle: Dumont is stopping the instance (its disk is kept). */
    hibernating,
    /** Its instance is stopped: no GPU is billed, only its disk; a wake starts it again. */
    hibernated,
    /** Asked to wake: its instance is starting again, or a new one is rented when the old host's GPU is taken. */
    waking,
    /** No working instance could be had; a retry rents a new one. */
    failed,
    /** The instance is being destroyed. */
    destroying,
    /** Nothing is rented any more. */
    destroyed;

    /** True while it is hibernating, hibernated or waking: its instance is stopped by Dumont, on purpose. */
    public boolean hibernation() {
        return this == hibernating || this == hibernated || this == waking;
    }

    /** True when the deployment still holds, or may still get, a rented instance. */
    public boolean live() {
        return this != failed && this != destroyed;
    }
}
