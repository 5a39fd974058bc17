package cloud.dumont.sim.internal.instance;

/**
 * Where an instance is at one moment: Vast.ai's {@code actual_status} (null while provisioning)
 * and its {@code status_msg}.
 */
public record Phase(String actualStatus, String statusMsg) {

    public boolean running() {
        return "running".equals(actualStatus);
    }
}
