package cloud.dumont.provider;

import java.util.Map;

/**
 * An instance as the provider reports it.
 *
 * @param state what the provider says, mapped to what the engine needs to know
 * @param statusMessage the provider's own words (never holds secrets: providers do not echo env)
 * @param publicIp the host's address, once known
 * @param ports container port to public port, once mapped
 * @param gpuUtilization percent, or null when the provider has not reported it
 */
public record CloudInstance(
        long id,
        Long machineId,
        String label,
        InstanceState state,
        String statusMessage,
        String publicIp,
        Map<Integer, Integer> ports,
        String gpuName,
        Double pricePerHour,
        Double gpuUtilization) {

    /** The address of a container port, when the instance has a public address and the port is mapped. */
    public String address(int containerPort) {
        Integer hostPort = ports == null ? null : ports.get(containerPort);
        return publicIp == null || hostPort == null ? null : publicIp + ":" + hostPort;
    }
}
