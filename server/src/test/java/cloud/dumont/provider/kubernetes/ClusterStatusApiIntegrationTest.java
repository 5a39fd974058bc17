package cloud.dumont.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.dumont.ApiClient;
import cloud.dumont.ApiClient.Response;
import cloud.dumont.provider.DgdState;
import cloud.dumont.provider.KubernetesCluster;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClusterStatusApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    KubernetesCluster cluster;

    @Test
    void anonymousReadOfTheSimulatedClustersStatusInSnakeCase() {
        Response r = new ApiClient(port).get("/api/v1/cluster/status");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("reachable").asBoolean()).isTrue();
        assertThat(body.get("simulated").asBoolean()).isTrue();
        assertThat(body.get("dgd_crd_installed").asBoolean()).isTrue();
        assertThat(body.get("operator_ready").asBoolean()).isTrue();
        assertThat(body.get("nats_ready").asBoolean()).isTrue();
        assertThat(body.get("etcd_ready").asBoolean()).isTrue();
        assertThat(body.get("allocatable_gpus").asInt()).isEqualTo(8);
        assertThat(body.get("free_gpus").asInt()).isEqualTo(8);
        assertThat(body.get("kubernetes_version").asString()).isEqualTo(SimulatedCluster.VERSION);
    }

    @Test
    void theClusterListNamesTheSimulatedClusterAndAnUnknownNameIs404() {
        JsonNode clusters = new ApiClient(port).get("/api/v1/clusters").json();
        assertThat(clusters.size()).isEqualTo(1);
        assertThat(clusters.get(0).get("name").asString()).isEqualTo("simulated");
        assertThat(clusters.get(0).get("simulated").asBoolean()).isTrue();

        Response named = new ApiClient(port).get("/api/v1/cluster/status?cluster=simulated");
        assertThat(named.json().get("name").asString()).isEqualTo("simulated");
        Response unknown = new ApiClient(port).get("/api/v1/cluster/status?cluster=nowhere");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSimulatedOperatorRunsAGraphTheBeanCreatesAndFreeGpusFollow() {
        cluster.create(FabricKubernetesClusterTest.dgd("api-graph", 2));

        await().atMost(Duration.ofSeconds(15)).until(() -> cluster.get("default", "api-graph")
                .orElseThrow()
                .state()
                .phase()
                .equals(DgdState.RUNNING));
        assertThat(cluster.pods("default", "api-graph")).hasSize(3).allMatch(KubernetesCluster.GraphPod::ready);
        assertThat(new ApiClient(port)
                        .get("/api/v1/cluster/status")
                        .json()
                        .get("free_gpus")
                        .asInt())
                .isEqualTo(6);
        cluster.delete("default", "api-graph");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> cluster.pods("default", "api-graph").isEmpty());
    }
}
