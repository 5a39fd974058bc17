package cloud.dumont.deployment.internal;

import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Destroys an instance the engine is done with (a dead host, a race loser, the instance of a failed deployment) when
 * the decision must stand whether or not the provider answers. A failure is logged and left to the orphan sweeper:
 * the instance's label names an attempt or a deployment that no longer wants it, so it is swept once the provider is
 * back.
 */
@Component
class InstanceReleases {

    private static final Logger log = LoggerFactory.getLogger(InstanceReleases.class);

    private final GpuCloud cloud;

    InstanceReleases(GpuCloud cloud) {
        this.cloud = cloud;
    }

    void release(DeploymentEntity d, long instanceId) {
        try {
            cloud.destroy(instanceId);
        } catch (ProviderException e) {
            log.warn(
                    "Could not destroy instance {} of deployment {}, the orphan sweeper will: {}",
                    instanceId,
                    d.getId(),
                    e.getMessage());
        }
    }
}
