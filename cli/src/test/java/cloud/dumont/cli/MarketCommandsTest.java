package cloud.dumont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code dumont market} and {@code dumont gpus} against the test server's sampled (simulated) market. */
@ExtendWith(DumontServerExtension.class)
class MarketCommandsTest {

    private static final Pattern SPARKLINE = Pattern.compile(
            "low +\\$(\\d+\\.\\d{3})/h  ([▁▂▃▄▅▆▇█ ]+)  high" + " +\\$(\\d+\\.\\d{3})/h  now \\$\\d+\\.\\d{3}/h");

    private static String gpu;

    @BeforeAll
    static void marketSampled(DumontServer server) throws InterruptedException {
        CliTester cli = new CliTester(server);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode table = cli.run("market", "--num-gpus", "1", "-o", "json").json();
        while (table.get("rows").isEmpty()) {
            assertThat(Instant.now()).as("the market was sampled in time").isBefore(deadline);
            Thread.sleep(250);
            table = cli.run("market", "--num-gpus", "1", "-o", "json").json();
        }
        gpu = table.get("rows").get(0).get("gpu_name").asString();
    }

    @Test
    void theTableListsEachGpuModelAndFiltersByOne(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result market = cli.run("market");

        assertThat(market.exitCode()).as(market.toString()).isZero();
        assertThat(market.out().lines().findFirst().orElseThrow())
                .startsWith("GPU")
                .contains("OFFERS", "MIN", "MEDIAN", "BID MIN", "SAVING", "RELIABILITY");
        assertThat(market.out()).contains(gpu);
        CliTester.Result one = cli.run("market", "--gpu", gpu.toLowerCase(), "--num-gpus", "1");
        assertThat(one.out().lines().skip(1).toList()).singleElement().satisfies(row -> assertThat(row)
                .startsWith(gpu));
        CliTester.Result none = cli.run("market", "--gpu", "Voodoo 5");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("No offers of 'Voodoo 5' at the latest sample");
    }

    @Test
    void historyDrawsBothPricesAsSparklinesWithLowsHighsAndTheSuggestedBid(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result history = cli.run("market", "history", gpu, "--since", "24h", "--bid", "0.01");

        assertThat(history.exitCode()).as(history.toString()).isZero();
        List<String> lines = history.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(gpu + ", 1 GPU, all regions, last 24h (simulated cloud)");
        assertSparkline(lines, "On-demand median");
        assertSparkline(lines, "Interruptible min bid");
        assertThat(history.out())
                .containsPattern("Suggested bid: \\$\\d+\\.\\d{3}/h, outbid risk \\d+\\.\\d%")
                .contains("Your bid $0.010/h: outbid risk ");
        assertThat(history.err()).isEmpty();
    }

    @Test
    void historyAsJsonOrYamlIsTheRawRecord(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result json = cli.run("market", "history", gpu, "--since", "7d", "-o", "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.out()).doesNotContain("▁");
        JsonNode history = json.json();
        assertThat(history.get("gpu_name").asString()).isEqualTo(gpu);
        assertThat(history.get("range").asString()).isEqualTo("7d");
        assertThat(history.get("points").size()).isPositive();
        assertThat(history.get("points").get(0).has("price_median")).isTrue();
        assertThat(history.get("suggested_bid").get("gpu_name").asString()).isEqualTo(gpu);
        JsonNode yaml = new YAMLMapper()
                .readTree(cli.run("market", "history", gpu, "-o", "yaml").out());
        assertThat(yaml.get("range").asString()).isEqualTo("24h");

        CliTester.Result unknown = cli.run("market", "history", "Voodoo 5");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().lines().toList())
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("Error: ").contains("Voodoo 5"));
        CliTester.Result badSpan = cli.run("market", "history", gpu, "--since", "2w");
        assertThat(badSpan.exitCode()).isEqualTo(1);
        assertThat(badSpan.err()).contains("24h, 7d, 30d or 1y");
    }

    @Test
    void gpusMarksTheBestValueAndParsesAsJson(DumontServer server) {
        CliTester cli = new CliTester(server);

        CliTester.Result json = cli.run("gpus", "jupyter-lab", "-o", "json");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode picks = json.json();
        assertThat(picks.get("template_slug").asString()).isEqualTo("jupyter-lab");
        String bestValue = picks.get("best_value").asString();
        List<JsonNode> gpus =
                StreamSupport.stream(picks.get("gpus").spliterator(), false).toList();
        assertThat(gpus).isNotEmpty();
        assertThat(gpus)
                .filteredOn(g -> g.get("best_value").asBoolean())
                .singleElement()
                .satisfies(g -> assertThat(g.get("gpu_name").asString()).isEqualTo(bestValue));

        CliTester.Result table = cli.run("gpus", "jupyter-lab");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("GPU", "VRAM", "PRICE", "READY IN", "PICK");
        assertThat(table.out().lines().filter(l -> l.contains("best value")).toList())
                .singleElement()
                .satisfies(row -> assertThat(row).startsWith(bestValue));
        assertThat(table.out()).contains("jupyter-lab needs 4 GB of VRAM, 8 GB recommended");

        CliTester.Result unknown = cli.run("gpus", "no-such-template");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Error: ");
    }

    /** The series' line: its low no higher than its high, and a drawing of block characters between them. */
    private static void assertSparkline(List<String> lines, String label) {
        String line = lines.stream()
                .filter(l -> l.startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " line in " + lines));
        Matcher m = SPARKLINE.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isLessThanOrEqualTo(Double.parseDouble(m.group(3)));
        assertThat(m.group(2).strip()).as(line).isNotEmpty().matches("[▁▂▃▄▅▆▇█ ]+");
        assertThat(m.group(2).length()).isLessThanOrEqualTo(40);
    }
}
