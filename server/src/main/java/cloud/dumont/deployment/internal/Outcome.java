package cloud.dumont.deployment.internal;

import java.time.Duration;

/**
 * What one reconcile pass decided about when to look again; status changes travel on the deployment itself.
 *
 * @param requeueAfter when to reconcile again, or null when the deployment has reached a final state
 */
public record Outcome(Duration requeueAfter) {

    public static Outcome requeueAfter(Duration delay) {
        return new Outcome(delay);
    }

    public static Outcome done() {
        return new Outcome(null);
    }

    /** Fails the deployment (see {@link DeploymentEntity#fail}); nothing is left to do for it. */
    public static Outcome failed(DeploymentEntity d, String code, String message, java.time.Instant now) {
        d.fail(code, message, now);
        return done();
    }

    public boolean isDone() {
        return requeueAfter == null;
    }
}
