package cloud.dumont.api.deployment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A deployment of a template onto a rented GPU.
 *
 * @param instanceId the provider's instance id, once the provider accepted the order
 * @param attempt how many instances this deployment has ordered (a retry orders a new one)
 * @param credentials the app's secret; owner only, null for everyone else
 * @param troubleshootingUrl a guide to read when the deployment is unhealthy or failed
 * @param simulated true when the instance lives in Dumont's simulated cloud (or the DGD in the simulated cluster),
 *     not on a real GPU
 * @param target where it runs: {@code vast} or {@code kubernetes}
 * @param modelId the catalog model it serves, for a model deployment; null for a template's
 * @param kubernetes for a Kubernetes deployment: cluster, namespace, DGD name, replicas; null on Vast.ai
 * @param strategy how it looks for a working host on Vast.ai; null on Kubernetes
 * @param attempts every instance it rented, in order, with why each was given up and what it cost
 * @param warmPool true while it is an unclaimed member of a template's warm pool (admins see these)
 * @param costUsd what it has cost so far on Vast.ai: every instance it rented, the GPU for the time it ran and the
 *     disk for the time it was rented; null on Kubernetes, where Dumont does not know the cluster's prices
 * @param bidPerHour for an interruptible deployment, its bid for the GPU in $/h; null for on-demand
 * @param hibernation when it hibernates on its own and what hibernation saved; null on Kubernetes
 * @param constraints the price, region and verification every host it rents must meet; null on Kubernetes
 */
public record DeploymentResponse(
        UUID id,
        UUID ownerId,
        UUID templateId,
        String templateSlug,
        String templateName,
        String templateVersion,
        DeploymentStatus status,
        String statusMessage,
        String gpuName,
        Integer numGpus,
        Double pricePerHour,
        Long offerId,
        Long instanceId,
        Long machineId,
        int attempt,
        int diskGb,
        List<Endpoint> endpoints,
        AppCredentials credentials,
        String troubleshootingUrl,
        boolean simulated,
        PhaseTimes phases,
        Instant createdAt,
        Instant updatedAt,
        DeploymentTarget target,
        String modelId,
        KubernetesPlacement kubernetes,
        ProvisioningStrategy strategy,
        List<InstanceAttempt> attempts,
        boolean warmPool,
        Double costUsd,
        Double bidPerHour,
        HibernationState hibernation,
        DeploymentConstraints constraints) {}
