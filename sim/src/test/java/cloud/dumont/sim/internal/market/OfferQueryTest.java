package cloud.dumont.sim.internal.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferQueryTest {

    private static Map<String, Object> row(long id, String gpu, int n, double price, String place, Boolean verified) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("gpu_name", gpu);
        row.put("num_gpus", n);
        row.put("dph_total", price);
        row.put("geolocation", place);
        row.put("verified", verified);
        row.put("reliability2", 0.9 + id / 100.0);
        row.put("cuda_max_good", 12.0 + id / 10.0);
        row.put("driver_version", "550.90.07");
        row.put("driver_vers", 550_090_007L + id);
        row.put("gpu_display_active", false);
        return row;
    }

    private static List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(1, "RTX 4090", 1, 0.40, "Texas, US", true));
        rows.add(row(2, "RTX 4090", 2, 0.80, "Quebec, CA", true));
        rows.add(row(3, "RTX 3090", 1, 0.20, "France, FR", false));
        rows.add(row(4, "H100 SXM", 8, 22.0, "Vietnam, VN", true));
        rows.add(row(5, "A100 SXM4", 4, 4.10, "Texas, US", null));
        return rows;
    }

    private static List<Long> ids(Map<String, Object> query) {
        return OfferQuery.parse(query, false).select(rows()).stream()
                .map(r -> ((Number) r.get("id")).longValue())
                .toList();
    }

    @Test
    void eachComparisonOperator() {
        assertThat(ids(Map.of("gpu_name", Map.of("eq", "RTX 4090")))).containsExactly(1L, 2L);
        assertThat(ids(Map.of("gpu_name", Map.of("neq", "RTX 4090")))).containsExactly(3L, 4L, 5L);
        assertThat(ids(Map.of("num_gpus", Map.of("gt", 2)))).containsExactly(4L, 5L);
        assertThat(ids(Map.of("num_gpus", Map.of("gte", 2)))).containsExactly(2L, 4L, 5L);
        assertThat(ids(Map.of("dph_total", Map.of("lt", 0.4)))).containsExactly(3L);
        assertThat(ids(Map.of("dph_total", Map.of("lte", 0.4)))).containsExactly(1L, 3L);
        assertThat(ids(Map.of("gpu_name", Map.of("in", List.of("RTX 3090", "H100 SXM")))))
                .containsExactly(3L, 4L);
        assertThat(ids(Map.of("gpu_name", Map.of("notin", List.of("RTX 3090", "H100 SXM")))))
                .containsExactly(1L, 2L, 5L);
    }

    @Test
    void severalOperatorsOnOneFieldAllApply() {
        assertThat(ids(Map.of("dph_total", Map.of("gte", 0.3, "lte", 5.0)))).containsExactly(1L, 2L, 5L);
    }

    @Test
    void numbersTheCliSendsAsStringsCompareAsNumbers() {
        assertThat(ids(Map.of("num_gpus", Map.of("eq", "1")))).containsExactly(1L, 3L);
        assertThat(ids(Map.of("reliability2", Map.of("gt", "0.925")))).containsExactly(3L, 4L, 5L);
        assertThat(ids(Map.of("verified", Map.of("eq", "true")))).containsExactly(1L, 2L, 4L);
    }

    @Test
    void nullFieldsMatchOnlyEqNull() {
        assertThat(ids(Map.of("verified", Map.of("neq", true)))).containsExactly(3L);
        Map<String, Object> eqNull = new LinkedHashMap<>();
        eqNull.put("eq", null);
        assertThat(ids(Map.of("verified", eqNull))).containsExactly(5L);
    }

    @Test
    void geolocationMatchesCountryCodeOrWholePlace() {
        assertThat(ids(Map.of("geolocation", Map.of("in", List.of("US", "CA")))))
                .containsExactly(1L, 2L, 5L);
        assertThat(ids(Map.of("geolocation", Map.of("notin", List.of("CN", "VN")))))
                .containsExactly(1L, 2L, 3L, 5L);
        assertThat(ids(Map.of("geolocation", Map.of("eq", "France, FR")))).containsExactly(3L);
        assertThat(ids(Map.of("geolocation", Map.of("neq", "US")))).containsExactly(2L, 3L, 4L);
    }

    @Test
    void numericDriverVersionComparesWithDriverVers() {
        assertThat(ids(Map.of("driver_version", Map.of("gte", 550_090_010L)))).containsExactly(3L, 4L, 5L);
    }

    @Test
    void cliAliasesResolve() {
        assertThat(ids(Map.of("cuda_vers", Map.of("gte", 12.35)))).containsExactly(4L, 5L);
        assertThat(ids(Map.of("dph", Map.of("lt", 0.5)))).containsExactly(1L, 3L);
    }

    @Test
    void orderByOneOrMoreFieldsThenId() {
        assertThat(ids(Map.of("order", List.of(List.of("dph_total", "asc"))))).containsExactly(3L, 1L, 2L, 5L, 4L);
        assertThat(ids(Map.of("order", List.of(List.of("gpu_name", "desc"), List.of("dph_total", "desc")))))
                .containsExactly(2L, 1L, 3L, 4L, 5L);
        assertThat(ids(Map.of("order", List.of(List.of("verified", "desc"))))).containsExactly(1L, 2L, 4L, 3L, 5L);
        assertThat(ids(Map.of("order", List.of("num_gpus-")))).containsExactly(4L, 5L, 2L, 1L, 3L);
    }

    @Test
    void limitCutsTheOrderedResultAndRanksIt() {
        List<Map<String, Object>> result = OfferQuery.parse(
                        Map.of("order", List.of(List.of("dph_total", "desc")), "limit", 2), false)
                .select(rows());
        assertThat(result).extracting(r -> r.get("id")).containsExactly(4L, 5L);
        assertThat(result).extracting(r -> r.get("rn")).containsExactly(1, 2);
    }

    @Test
    void typeAndStorageAreReadNotFiltered() {
        OfferQuery query = OfferQuery.parse(Map.of("type", "bid", "allocated_storage", 50, "limit", "3"), false);
        assertThat(query.bid()).isTrue();
        assertThat(query.allocatedStorage()).isEqualTo(50.0);
        assertThat(query.limit()).isEqualTo(3);
        assertThat(OfferQuery.parse(Map.of("type", "interruptible"), false).bid())
                .isTrue();
        assertThat(OfferQuery.parse(Map.of(), false).allocatedStorage()).isEqualTo(OfferQuery.DEFAULT_STORAGE_GB);
    }

    @Test
    void serverSideDefaultsApplyOnlyWhenAskedFor() {
        assertThat(OfferQuery.parse(Map.of(), true).conditions())
                .extracting(Condition::field)
                .containsExactly("verified", "rentable", "rented");
        assertThat(OfferQuery.parse(Map.of("verified", Map.of("eq", false)), true)
                        .conditions())
                .filteredOn(c -> c.field().equals("verified"))
                .singleElement()
                .extracting(Condition::value)
                .isEqualTo(false);
        assertThat(OfferQuery.parse(Map.of(), false).conditions()).isEmpty();
    }

    @Test
    void badQueriesAreRejected() {
        assertThatThrownBy(() -> ids(Map.of("num_gpus", Map.of("approx", 1))))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("unknown operator");
        assertThatThrownBy(() -> ids(Map.of("gpu_nam", Map.of("eq", "RTX 4090"))))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("gpu_nam is not a valid search key");
        assertThatThrownBy(() -> ids(Map.of("order", List.of(List.of("dph_total", "sideways")))))
                .isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> ids(Map.of("type", "spot"))).isInstanceOf(QueryException.class);
    }
}
