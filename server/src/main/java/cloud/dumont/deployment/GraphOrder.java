package cloud.dumont.deployment;

import java.util.Map;

/**
 * A DynamoGraphDeployment to run on a Kubernetes cluster, as the Dynamo feature generated and validated it.
 *
 * @param modelId the catalog model it serves
 * @param modelName the model's display name
 * @param runtimeVersion Dynamo's runtime version the manifest's images are pinned to
 * @param cluster the cluster's name; the default cluster when null
 * @param servedModelName the name requests to the frontend carry
 * @param replicas worker replicas per worker service
 * @param manifest the whole DGD (metadata.name and metadata.namespace included)
 */
public record GraphOrder(
        String modelId,
        String modelName,
        String runtimeVersion,
        String cluster,
        String namespace,
        String name,
        String engine,
        String mode,
        String servedModelName,
        int replicas,
        Map<String, Object> manifest) {}
