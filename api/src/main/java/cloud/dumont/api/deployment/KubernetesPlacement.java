package cloud.dumont.api.deployment;

/**
 * Where a Kubernetes deployment's DynamoGraphDeployment lives and how far it is.
 *
 * @param cluster the cluster's name in Dumont
 * @param namespace the DGD's namespace
 * @param name the DGD's name
 * @param engine {@code vllm}, {@code sglang} or {@code trtllm}
 * @param mode {@code aggregated} or {@code disaggregated}
 * @param servedModelName the model name requests to the frontend carry
 * @param replicasDesired worker replicas asked for, summed over worker services (a scale changes it)
 * @param replicasReady worker replicas last seen ready
 * @param frontendService the Service in front of the DGD's OpenAI-compatible frontend
 * @param portForward the command that makes the frontend answer on localhost:8000
 * @param curlExample a chat request to send once the port is forwarded
 */
public record KubernetesPlacement(
        String cluster,
        String namespace,
        String name,
        String engine,
        String mode,
        String servedModelName,
        int replicasDesired,
        int replicasReady,
        String frontendService,
        String portForward,
        String curlExample) {}
