package cloud.dumont.catalog;

/** A template's current version as the deployment engine freezes it into a deployment. */
public record DeployableTemplate(String slug, String name, String version, TemplateLaunchSpec spec) {}
