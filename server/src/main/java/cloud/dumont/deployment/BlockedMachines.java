package cloud.dumont.deployment;

/**
 * Provider machines the engine must neither offer nor rent. The deployment module owns this port and the host history
 * feature implements it (the history listens to the engine's {@link LaunchEvent}s, so the engine must not depend on
 * it); without an implementation nothing is blocked.
 */
public interface BlockedMachines {

    BlockedMachines NONE = new BlockedMachines() {
        @Override
        public boolean isBlocked(long machineId) {
            return false;
        }

        @Override
        public int count() {
            return 0;
        }
    };

    /** True while the machine of the cloud the server uses now is blacklisted. */
    boolean isBlocked(long machineId);

    /** How many machines are blocked now (a search asks for that many more offers, so a page stays full). */
    int count();
}
