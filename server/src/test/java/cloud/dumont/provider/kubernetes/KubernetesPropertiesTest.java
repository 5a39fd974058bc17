package cloud.dumont.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesPropertiesTest {

    @Test
    void furtherClustersNeedADistinctKubernetesStyleNameAndAContext() {
        var ok = new KubernetesProperties(
                null, "main", null, null, null, List.of(new KubernetesProperties.NamedCluster("gpu-east", "east")));
        assertThat(ok.clusters())
                .extracting(KubernetesProperties.NamedCluster::name)
                .containsExactly("gpu-east");
        assertThat(ok.mode()).isEqualTo("auto");

        assertThatThrownBy(() -> new KubernetesProperties(
                        null,
                        "main",
                        null,
                        null,
                        null,
                        List.of(new KubernetesProperties.NamedCluster("main", "other"))))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> new KubernetesProperties.NamedCluster("GPU_East", "east"))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new KubernetesProperties.NamedCluster("east", " "))
                .hasMessageContaining("context is required");
    }
}
