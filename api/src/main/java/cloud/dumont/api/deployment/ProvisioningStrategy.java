package cloud.dumont.api.deployment;

/** How a deployment gets a working GPU on Vast.ai, where hosts fail to boot often enough to plan for it. */
public enum ProvisioningStrategy {
    /** The best-ranked offer, one instance; a dead host fails the deployment (a retry picks another). */
    coldstart,
    /**
     * Offers one after another down the ranked list, moving on at the first sign of a dead attempt (exited, offline,
     * unknown, "OCI runtime create failed", no progress past the attempt deadline); one instance at a time.
     */
    roundrobin,
    /**
     * N instances on distinct machines, ordered with a small stagger; the first to pass its health check wins and the
     * others are destroyed at once (their cost is recorded; a loser is not a host failure).
     */
    race,
    /**
     * Take a running instance from the template's warm pool at once (an administrator sets how many are kept idle);
     * the pool refills behind it. With the pool empty, or with settings a pooled instance was not started with (extra
     * environment, a picked offer or another GPU), it falls back to RoundRobin.
     */
    serverless
}
