package cloud.dumont.provider.kubernetes;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * A Kubernetes API server in-process: fabric8's CRUD mock server (a test artifact, used at runtime on purpose so Dumont
 * runs end to end without a cluster), seeded like a small GPU cluster with Dynamo installed: the DGD CRD with its status
 * subresource, GPU nodes, and Dynamo's platform pods Running in {@code dynamo-system}. It stores and serves objects; the
 * {@link StandInOperator} plays the operator and the scheduler.
 */
final class SimulatedCluster implements AutoCloseable {

    /** The version the simulated cluster reports (the mock's {@code /version} answer carries no numbers). */
    static final String VERSION = "v1.31-simulated";

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final SimulatedFrontends frontends;

    private SimulatedCluster(KubernetesMockServer server, KubernetesClient client, SimulatedFrontends frontends) {
        this.server = server;
        this.client = client;
        this.frontends = frontends;
    }

    /** Starts the server on a free loopback port and seeds it. */
    static SimulatedCluster start(int nodes, int gpusPerNode, String platformNamespace) {
        SimulatedFrontends frontends = new SimulatedFrontends();
        KubernetesMockServer server = new KubernetesMockServer(
                new Context(),
                new MockWebServer(),
                new HashMap<>(),
                new SimulatedClusterDispatcher(frontends),
                false,
                version());
        server.init(InetAddress.getLoopbackAddress(), 0);
        KubernetesClient client = server.createClient();
        SimulatedCluster cluster = new SimulatedCluster(server, client, frontends);
        cluster.seed(nodes, gpusPerNode, platformNamespace);
        return cluster;
    }

    KubernetesClient client() {
        return client;
    }

    /** The OpenAI endpoints the stand-in operator opens behind frontend Services. */
    SimulatedFrontends frontends() {
        return frontends;
    }

    String url() {
        return client.getMasterUrl().toString();
    }

    private static VersionInfo version() {
        try {
            return new VersionInfo.Builder()
                    .withMajor("1")
                    .withMinor("31")
                    .withBuildDate("2026-01-01T00:00:00Z")
                    .build();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seed(int nodes, int gpusPerNode, String platformNamespace) {
        client.apiextensions()
                .v1()
                .customResourceDefinitions()
                .resource(dgdCrd())
                .create();
        for (String namespace : new String[] {"default", platformNamespace}) {
            client.namespaces()
                    .resource(new NamespaceBuilder()
                            .withNewMetadata()
                            .withName(namespace)
                            .endMetadata()
                            .build())
                    .create();
        }
        for (int i = 1; i <= nodes; i++) {
            Map<String, Quantity> capacity = Map.of(
                    DynamoResources.GPU,
                    new Quantity(Integer.toString(gpusPerNode)),
                    "cpu",
                    new Quantity("32"),
                    "memory",
                    new Quantity("256Gi"));
            client.nodes()
                    .resource(new NodeBuilder()
                            .withNewMetadata()
                            .withName("gpu-node-" + i)
                            .addToLabels("nvidia.com/gpu.product", "NVIDIA-L4")
                            .endMetadata()
                            .withNewStatus()
                            .withAllocatable(capacity)
                            .withCapacity(capacity)
                            .addNewCondition()
                            .withType("Ready")
                            .withStatus("True")
                            .endCondition()
                            .endStatus()
                            .build())
                    .create();
        }
        String operator = "dynamo-platform-dynamo-operator-controller-manager";
        Deployment deployment = client.apps()
                .deployments()
                .inNamespace(platformNamespace)
                .resource(new DeploymentBuilder()
                        .withNewMetadata()
                        .withName(operator)
                        .endMetadata()
                        .withNewSpec()
                        .withReplicas(1)
                        .endSpec()
                        .withNewStatus()
                        .withReplicas(1)
                        .withReadyReplicas(1)
                        .withAvailableReplicas(1)
                        .endStatus()
                        .build())
                .create();
        if (deployment.getStatus() == null || deployment.getStatus().getReadyReplicas() == null) {
            // The mock treats status as a subresource for built-in kinds: set it there.
            deployment.setStatus(new DeploymentBuilder()
                    .withNewStatus()
                    .withReplicas(1)
                    .withReadyReplicas(1)
                    .withAvailableReplicas(1)
                    .endStatus()
                    .build()
                    .getStatus());
            client.apps()
                    .deployments()
                    .inNamespace(platformNamespace)
                    .resource(deployment)
                    .updateStatus();
        }
        for (String name : new String[] {operator + "-0", ClusterHealth.NATS_POD, ClusterHealth.ETCD_POD}) {
            createRunning(platformNamespace, name, "gpu-node-1");
        }
    }

    private void createRunning(String namespace, String name, String node) {
        Pod pod = new PodBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(namespace)
                .endMetadata()
                .withNewSpec()
                .withNodeName(node)
                .addNewContainer()
                .withName("main")
                .withImage("simulated")
                .endContainer()
                .endSpec()
                .withStatus(SimulatedPods.running())
                .build();
        Pod created = client.pods().inNamespace(namespace).resource(pod).create();
        if (created.getStatus() == null || created.getStatus().getPhase() == null) {
            created.setStatus(SimulatedPods.running());
            client.pods().inNamespace(namespace).resource(created).updateStatus();
        }
    }

    /** The real CRD is ~770k characters (it embeds a PodSpec); the mock needs only names, scope and the status subresource. */
    static CustomResourceDefinition dgdCrd() {
        return new CustomResourceDefinitionBuilder()
                .withNewMetadata()
                .withName(DynamoResources.CRD_NAME)
                .endMetadata()
                .withNewSpec()
                .withGroup(DynamoResources.GROUP)
                .withScope("Namespaced")
                .withNewNames()
                .withKind(DynamoResources.KIND)
                .withListKind(DynamoResources.KIND + "List")
                .withPlural(DynamoResources.PLURAL)
                .withSingular("dynamographdeployment")
                .addToShortNames("dgd")
                .endNames()
                .addNewVersion()
                .withName(DynamoResources.VERSION)
                .withServed(true)
                .withStorage(true)
                .withNewSubresources()
                .withNewStatus()
                .endStatus()
                .endSubresources()
                .withNewSchema()
                .withNewOpenAPIV3Schema()
                .withType("object")
                .withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema()
                .endSchema()
                .endVersion()
                .endSpec()
                .build();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
