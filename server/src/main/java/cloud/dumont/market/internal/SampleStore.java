package cloud.dumont.market.internal;

import cloud.dumont.platform.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code market_samples}. */
@Repository
class SampleStore {

    private static final String COLUMNS = "at, resolution, simulated, backfilled, gpu_name, num_gpus, region, samples,"
            + " offers, price_min, price_p25, price_median, bid_min, bid_median, reliability_median";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SampleStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(List<SampleRow> rows) {
        batch.batchUpdate(
                "insert into market_samples (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                500,
                (ps, r) -> {
                    ps.setObject(1, SqlTimes.at(r.at()));
                    ps.setString(2, r.resolution());
                    ps.setBoolean(3, r.simulated());
                    ps.setBoolean(4, r.backfilled());
                    ps.setString(5, r.gpuName());
                    ps.setInt(6, r.numGpus());
                    ps.setString(7, r.region());
                    ps.setInt(8, r.samples());
                    ps.setDouble(9, r.offers());
                    ps.setDouble(10, r.priceMin());
                    ps.setDouble(11, r.priceP25());
                    ps.setDouble(12, r.priceMedian());
                    setNullable(ps, 13, r.bidMin());
                    setNullable(ps, 14, r.bidMedian());
                    ps.setDouble(15, r.reliabilityMedian());
                });
    }

    /** The moment of the latest raw sample. */
    Optional<Instant> latestSample(boolean simulated) {
        return jdbc.sql("select max(at) as at from market_samples where simulated = ? and resolution = 'raw'"
                        + " and backfilled = false")
                .param(simulated)
                .query((rs, n) -> Optional.ofNullable(SqlTimes.instant(rs, "at")))
                .single();
    }

    boolean anySince(boolean simulated, Instant from) {
        return jdbc.sql("select count(*) from market_samples where simulated = ? and at >= ?")
                        .params(simulated, SqlTimes.at(from))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every row of one raw sample. */
    List<SampleRow> sampleAt(boolean simulated, Instant at) {
        return jdbc.sql("select " + COLUMNS + " from market_samples where simulated = ? and resolution = 'raw'"
                        + " and at = ? order by gpu_name, num_gpus, region")
                .params(simulated, SqlTimes.at(at))
                .query((rs, n) -> row(rs))
                .list();
    }

    /** One series from {@code from} on, every resolution, oldest first. */
    List<SampleRow> series(boolean simulated, String gpuName, int numGpus, String region, Instant from) {
        return jdbc.sql("select " + COLUMNS + " from market_samples where simulated = ? and lower(gpu_name) = lower(?)"
                        + " and num_gpus = ? and region = ? and at >= ? order by at")
                .params(simulated, gpuName, numGpus, region, SqlTimes.at(from))
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The model's name as sampled, in any letter case; empty when it was never sampled. */
    Optional<String> knownGpu(boolean simulated, String gpuName) {
        return jdbc.sql("select gpu_name from market_samples where simulated = ? and lower(gpu_name) = lower(?)"
                        + " fetch first 1 rows only")
                .params(simulated, gpuName.strip())
                .query(String.class)
                .optional();
    }

    List<SampleRow> olderThan(String resolution, Instant cutoff) {
        return jdbc.sql("select " + COLUMNS + " from market_samples where resolution = ? and at < ?")
                .params(resolution, SqlTimes.at(cutoff))
                .query((rs, n) -> row(rs))
                .list();
    }

    int deleteOlderThan(String resolution, Instant cutoff) {
        return jdbc.sql("delete from market_samples where resolution = ? and at < ?")
                .params(resolution, SqlTimes.at(cutoff))
                .update();
    }

    private static void setNullable(java.sql.PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static SampleRow row(ResultSet rs) throws SQLException {
        return new SampleRow(
                SqlTimes.instant(rs, "at"),
                rs.getString("resolution"),
                rs.getBoolean("simulated"),
                rs.getBoolean("backfilled"),
                rs.getString("gpu_name"),
                rs.getInt("num_gpus"),
                rs.getString("region"),
                rs.getInt("samples"),
                rs.getDouble("offers"),
                rs.getDouble("price_min"),
                rs.getDouble("price_p25"),
                rs.getDouble("price_median"),
                rs.getObject("bid_min", Double.class),
                rs.getObject("bid_median", Double.class),
                rs.getDouble("reliability_median"));
    }
}
