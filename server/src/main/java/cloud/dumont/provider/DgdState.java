package cloud.dumont.provider;

/**
 * A DynamoGraphDeployment's status in Dumont's terms.
 *
 * @param phase {@code pending}, {@code deploying}, {@code running}, {@code failed} or {@code terminating}
 * @param ready ready replicas summed over the worker services
 * @param desired replicas the spec asks for, summed over the worker services
 * @param message the Ready condition's message, or null
 * @param observedGenerationCurrent false while the operator has not yet acted on the latest spec (a rollout)
 */
public record DgdState(String phase, int ready, int desired, String message, boolean observedGenerationCurrent) {

    public static final String PENDING = "pending";
    public static final String DEPLOYING = "deploying";
    public static final String RUNNING = "running";
    public static final String FAILED = "failed";
    public static final String TERMINATING = "terminating";
}
