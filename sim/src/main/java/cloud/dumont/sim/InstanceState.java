package cloud.dumont.sim;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An instance as the simulator sees it at one moment, for tests to assert on without going
 * through the API.
 *
 * @param actualStatus Vast.ai's {@code actual_status}: null while provisioning, then created,
 *     loading, running, stopped, exited, offline
 * @param intendedStatus what the renter asked for: running or stopped
 * @param tcpPorts host port by container port, for the TCP ports held right now
 * @param gpuUtil the utilisation reported while running, in percent
 * @param destroyed whether the renter destroyed it (destroyed instances stay visible here)
 */
public record InstanceState(
        long id,
        long offerId,
        long machineId,
        String label,
        String image,
        String runtype,
        String actualStatus,
        String intendedStatus,
        String statusMsg,
        String gpuName,
        int numGpus,
        double dphTotal,
        Map<Integer, Integer> tcpPorts,
        double gpuUtil,
        Map<String, String> env,
        Instant createdAt,
        boolean destroyed) {

    public boolean running() {
        return "running".equals(actualStatus);
    }

    public OptionalInt hostPort(int containerPort) {
        Integer port = tcpPorts.get(containerPort);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }
}
