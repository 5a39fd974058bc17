package cloud.dumont.deployment.internal;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Tells the reconcile loop that work is due now (a deployment was created or changed, an instance booted), so it does
 * not wait for its next idle poll. A bean of its own so that whoever wakes the loop does not depend on the loop.
 */
@Component
public class Wakeups {

    private final Object monitor = new Object();
    private boolean pending;

    public void wake() {
        synchronized (monitor) {
            pending = true;
            monitor.notifyAll();
        }
    }

    /** Waits until woken or the timeout passed; a wake that came before the wait is not lost. */
    void await(Duration timeout) throws InterruptedException {
        synchronized (monitor) {
            if (!pending) {
                monitor.wait(timeout.toMillis());
            }
            pending = false;
        }
    }
}
