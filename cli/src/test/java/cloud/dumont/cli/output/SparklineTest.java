package cloud.dumont.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void aRisingSeriesClimbsFromTheLowestBarToTheHighest() {
        Sparkline line = Sparkline.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), 40);

        assertThat(line.line()).isEqualTo("▁▂▃▄▅▆▇█");
        assertThat(line.min()).isEqualTo(1.0);
        assertThat(line.max()).isEqualTo(8.0);
        assertThat(line.last()).isEqualTo(8.0);
    }

    @Test
    void aLongSeriesIsFoldedIntoTheWidthAtItsBucketMeans() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add(i < 50 ? 0.10 : 0.30);
        }

        Sparkline line = Sparkline.of(values, 10);

        assertThat(line.line()).isEqualTo("▁▁▁▁▁█████");
    }

    @Test
    void missingValuesAreGapsAndDoNotCountTowardsLowOrHighOrLatest() {
        Sparkline line = Sparkline.of(Arrays.asList(1.0, null, 3.0, 2.0, null), 40);

        assertThat(line.line()).isEqualTo("▁ █▅ ");
        assertThat(line.min()).isEqualTo(1.0);
        assertThat(line.max()).isEqualTo(3.0);
        assertThat(line.last()).isEqualTo(2.0);
    }

    @Test
    void aFlatSeriesSitsMidwayAndAnEmptyOneDrawsNothing() {
        assertThat(Sparkline.of(List.of(0.5, 0.5, 0.5), 40).line()).isEqualTo("▄▄▄");
        Sparkline empty = Sparkline.of(Arrays.asList(null, null), 40);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.line()).isEmpty();
    }
}
