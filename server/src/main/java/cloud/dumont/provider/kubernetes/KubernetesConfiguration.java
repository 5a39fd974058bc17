package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.KubernetesCluster;
import cloud.dumont.provider.KubernetesClusters;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clusters Dumont deploys to. The default one is the cluster of {@code KUBECONFIG} (or the in-cluster service
 * account) when there is one, otherwise a simulated cluster started in-process, so the Dynamo deploy flow works on a
 * laptop without any cluster; {@code dumont.kubernetes.clusters} adds further kubeconfig contexts by name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KubernetesProperties.class)
class KubernetesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KubernetesConfiguration.class);

    @Bean(destroyMethod = "close")
    ClusterConnections kubernetesConnections(KubernetesProperties properties) {
        Map<String, KubernetesConnection> connections = new LinkedHashMap<>();
        KubernetesConnection main = defaultConnection(properties);
        String name = properties.name() != null ? properties.name() : main.simulated() ? "simulated" : "default";
        connections.put(name, main);
        for (KubernetesProperties.NamedCluster cluster : properties.clusters()) {
            KubernetesClient client = new KubernetesClientBuilder()
                    .withConfig(Config.autoConfigure(cluster.context()))
                    .build();
            log.info(
                    "Kubernetes cluster {}: context {} at {}",
                    cluster.name(),
                    cluster.context(),
                    client.getMasterUrl());
            connections.put(cluster.name(), new KubernetesConnection(client, null, null));
        }
        return new ClusterConnections(connections);
    }

    @Bean
    KubernetesClusters kubernetesClusters(ClusterConnections connections, KubernetesProperties properties) {
        Map<String, KubernetesCluster> clusters = new LinkedHashMap<>();
        connections.byName().forEach((name, connection) -> {
            boolean simulated = connection.simulated();
            // fabric8's mock server stores dry-run creates, so the simulated cluster skips the dry run.
            clusters.put(
                    name,
                    new FabricKubernetesCluster(
                            connection.client(), simulated, !simulated, properties.platformNamespace()));
        });
        return new NamedClusters(clusters);
    }

    /** The default cluster, for code that deals with one cluster only (the cluster status badge's default). */
    @Bean
    KubernetesCluster kubernetesCluster(KubernetesClusters clusters) {
        return clusters.find(clusters.defaultName()).orElseThrow();
    }

    private static KubernetesConnection defaultConnection(KubernetesProperties properties) {
        boolean simulate =
                switch (properties.mode()) {
                    case "simulated" -> true;
                    case "real" -> false;
                    default -> !clusterConfigured(System.getenv());
                };
        if (!simulate) {
            // fabric8 reads KUBECONFIG / ~/.kube/config, else the in-cluster service account.
            Config config = properties.context() == null
                    ? Config.autoConfigure(null)
                    : Config.autoConfigure(properties.context());
            KubernetesClient client =
                    new KubernetesClientBuilder().withConfig(config).build();
            log.info("Kubernetes: {}", client.getMasterUrl());
            return new KubernetesConnection(client, null, null);
        }
        KubernetesProperties.Simulator settings = properties.simulator();
        SimulatedCluster cluster =
                SimulatedCluster.start(settings.nodes(), settings.gpusPerNode(), properties.platformNamespace());
        StandInOperator operator = new StandInOperator(cluster).start(settings.step());
        log.info(
                "Kubernetes: simulated, because no KUBECONFIG, ~/.kube/config or service account was found; API server"
                        + " at {} ({} nodes x {} GPUs)",
                cluster.url(),
                settings.nodes(),
                settings.gpusPerNode());
        return new KubernetesConnection(cluster.client(), cluster, operator);
    }

    static boolean clusterConfigured(Map<String, String> env) {
        String kubeconfig = env.get("KUBECONFIG");
        if (kubeconfig != null && !kubeconfig.isBlank()) {
            return true;
        }
        if (env.get("KUBERNETES_SERVICE_HOST") != null) {
            return true;
        }
        return Files.isRegularFile(Path.of(System.getProperty("user.home"), ".kube", "config"));
    }

    /** Every cluster's connection by name, the default first; closed together on shutdown. */
    record ClusterConnections(Map<String, KubernetesConnection> byName) implements AutoCloseable {
        @Override
        public void close() {
            byName.values().forEach(KubernetesConnection::close);
        }
    }

    /** The client, and when simulated the server and operator behind it, closed together. */
    record KubernetesConnection(KubernetesClient client, SimulatedCluster cluster, StandInOperator operator)
            implements AutoCloseable {

        boolean simulated() {
            return cluster != null;
        }

        @Override
        public void close() {
            if (operator != null) {
                operator.close();
            }
            if (cluster != null) {
                cluster.close();
            } else {
                client.close();
            }
        }
    }
}
