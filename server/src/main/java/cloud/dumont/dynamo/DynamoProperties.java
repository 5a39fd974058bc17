package cloud.dumont.dynamo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Dynamo target.
 *
 * @param runtimeVersion the tag of the runtime images, pinned to the operator version the cluster runs (mismatched
 *     runtime and operator versions are a common cause of failures)
 * @param imageRepository where the runtime images come from
 * @param defaultNamespace the namespace when a configuration names none
 */
@ConfigurationProperties("dumont.dynamo")
record DynamoProperties(String runtimeVersion, String imageRepository, String defaultNamespace) {

    DynamoProperties {
        runtimeVersion = runtimeVersion == null || runtimeVersion.isBlank() ? "1.3.1" : runtimeVersion;
        imageRepository =
                imageRepository == null || imageRepository.isBlank() ? "nvcr.io/nvidia/ai-dynamo" : imageRepository;
        defaultNamespace = defaultNamespace == null || defaultNamespace.isBlank() ? "default" : defaultNamespace;
    }

    String image(DynamoEngine engine) {
        return imageRepository + "/" + engine.image + ":" + runtimeVersion;
    }
}
