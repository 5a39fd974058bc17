package cloud.dumont.provider.kubernetes;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** Names of Dynamo's Kubernetes API that the adapter and the simulated cluster share. */
final class DynamoResources {

    private DynamoResources() {}

    static final String GROUP = "nvidia.com";
    static final String VERSION = "v1alpha1";
    static final String PLURAL = "dynamographdeployments";
    static final String KIND = "DynamoGraphDeployment";
    static final String CRD_NAME = PLURAL + "." + GROUP;

    /**
     * Explicitly namespaced and versioned, not discovered: v1alpha1 is what the manifest generator writes, and
     * discovery would pick v1beta1 on newer operators (a different schema).
     */
    static final ResourceDefinitionContext DGD = new ResourceDefinitionContext.Builder()
            .withGroup(GROUP)
            .withVersion(VERSION)
            .withPlural(PLURAL)
            .withKind(KIND)
            .withNamespaced(true)
            .build();

    /** Pod labels the operator sets (deploy/operator/internal/consts). */
    static final String GRAPH_LABEL = "nvidia.com/dynamo-graph-deployment-name";

    static final String COMPONENT_LABEL = "nvidia.com/dynamo-component";
    static final String COMPONENT_TYPE_LABEL = "nvidia.com/dynamo-component-type";
    static final String SELECTOR_LABEL = "nvidia.com/selector";

    static final String GPU = "nvidia.com/gpu";
}
