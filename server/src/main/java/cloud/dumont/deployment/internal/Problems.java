package cloud.dumont.deployment.internal;

/** Why a deployment is unhealthy or failed; each code is an anchor of the troubleshooting page. */
public final class Problems {

    public static final String NO_OFFERS = "no-offers";
    public static final String PROVISIONING_TIMEOUT = "provisioning-timeout";
    public static final String CONTAINER_FAILED = "container-failed";
    public static final String INSTANCE_STOPPED = "instance-stopped";
    public static final String INSTANCE_LOST = "instance-lost";
    public static final String HEALTH_TIMEOUT = "health-timeout";
    public static final String HEALTH_LOST = "health-lost";
    public static final String PROVIDER_AUTH = "provider-auth";
    public static final String PROVIDER_REJECTED = "provider-rejected";
    public static final String NO_WORKING_HOST = "no-working-host";

    /** An interruptible deployment was outbid too many times in a row to keep chasing the market. */
    public static final String OUTBID = "outbid";

    /** Not a deployment's problem but an instance's: RoundRobin or Race gave up a host that would never run. */
    public static final String HOST_DEAD = "host-dead";

    // Kubernetes deployments
    public static final String MANIFEST_REJECTED = "manifest-rejected";
    public static final String GRAPH_NAME_TAKEN = "graph-name-taken";
    public static final String GRAPH_DELETED = "graph-deleted";
    public static final String GRAPH_FAILED = "graph-failed";
    public static final String GRAPH_TIMEOUT = "graph-timeout";
    public static final String GPUS_UNAVAILABLE = "gpus-unavailable";
    public static final String SECRET_MISSING = "secret-missing";
    public static final String IMAGE_PULL = "image-pull";
    public static final String CLUSTER_UNAVAILABLE = "cluster-unavailable";

    private Problems() {}

    /** The in-app troubleshooting page's section for a code. */
    public static String troubleshootingUrl(String code) {
        return code == null ? null : "/troubleshooting#" + code;
    }
}
