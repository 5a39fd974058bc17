package cloud.dumont.deployment;

import cloud.dumont.catalog.TemplateLaunchSpec;
import java.util.Set;
import java.util.UUID;

/**
 * What a deployment ran, for turning it into a template.
 *
 * @param extraEnvNames the names of the environment the user added at deploy time; their values are the user's
 *     (often secrets) and never leave the deployment
 */
public record DeployedSpec(
        UUID deploymentId,
        UUID templateId,
        String templateName,
        String templateVersion,
        TemplateLaunchSpec spec,
        Set<String> extraEnvNames) {}
