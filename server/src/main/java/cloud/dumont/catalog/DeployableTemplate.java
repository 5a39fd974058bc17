package cloud.dumont.catalog;

import java.util.UUID;

/** A template version as the deployment engine freezes it into a deployment. */
public record DeployableTemplate(UUID id, String slug, String name, String version, TemplateLaunchSpec spec) {}
