package cloud.dumont.api.deployment;

/**
 * A pod of a Kubernetes deployment.
 *
 * @param component the DGD service it belongs to ({@code Frontend}, {@code VllmDecodeWorker}, ...)
 * @param phase Pending, Running, Succeeded, Failed or Unknown
 * @param node the node it runs on; null while unscheduled
 * @param problemReason why it is stuck ({@code Unschedulable}, {@code CreateContainerConfigError},
 *     {@code ErrImagePull}, ...), or null
 * @param problemMessage Kubernetes' own message for that reason
 */
public record PodResponse(
        String name,
        String component,
        String phase,
        boolean ready,
        int restarts,
        String node,
        String problemReason,
        String problemMessage) {}
