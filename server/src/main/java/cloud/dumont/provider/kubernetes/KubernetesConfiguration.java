package cloud.dumont.provider.kubernetes;

import cloud.dumont.provider.KubernetesCluster;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link KubernetesCluster} bean: the cluster of {@code KUBECONFIG} (or the in-cluster service account) when there
 * is one, otherwise a simulated cluster started in-process, so the Dynamo deploy flow works on a laptop without any
 * cluster. One cluster for now; several named kubeconfig contexts would be a map of these.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KubernetesProperties.class)
class KubernetesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KubernetesConfiguration.class);

    @Bean(destroyMethod = "close")
    KubernetesConnection kubernetesConnection(KubernetesProperties properties) {
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
        StandInOperator operator = new StandInOperator(cluster.client()).start(settings.step());
        log.info(
                "Kubernetes: simulated, because no KUBECONFIG, ~/.kube/config or service account was found; API server"
                        + " at {} ({} nodes x {} GPUs)",
                cluster.url(),
                settings.nodes(),
                settings.gpusPerNode());
        return new KubernetesConnection(cluster.client(), cluster, operator);
    }

    @Bean
    KubernetesCluster kubernetesCluster(KubernetesConnection connection, KubernetesProperties properties) {
        boolean simulated = connection.simulated();
        // fabric8's mock server stores dry-run creates, so the simulated cluster skips the dry run.
        return new FabricKubernetesCluster(connection.client(), simulated, !simulated, properties.platformNamespace());
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

    /** The client, and when simulated the server and operator behind it, closed together on shutdown. */
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
