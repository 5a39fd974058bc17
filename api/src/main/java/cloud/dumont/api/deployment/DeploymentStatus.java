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
    /** No working instance could be had; a retry rents a new one. */
    failed,
    /** The instance is being destroyed. */
    destroying,
    /** Nothing is rented any more. */
    destroyed;

    /** True when the deployment still holds, or may still get, a rented instance. */
    public boolean live() {
        return this != failed && this != destroyed;
    }
}
