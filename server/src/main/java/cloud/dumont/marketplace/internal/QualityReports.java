package cloud.dumont.marketplace.internal;

import cloud.dumont.api.marketplace.QualityCheck;
import cloud.dumont.api.marketplace.QualityReport;
import cloud.dumont.platform.SqlTimes;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The publishing pipeline's report of each version, stored beside it. */
@Repository
class QualityReports {

    private static final TypeReference<List<QualityCheck>> CHECKS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    QualityReports(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void save(UUID templateId, String version, QualityReport report) {
        jdbc.sql("insert into template_quality_reports (template_id, version, score, checks, created_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        templateId,
                        version,
                        report.score(),
                        json.writeValueAsString(report.checks()),
                        SqlTimes.at(clock.instant()))
                .update();
    }

    /** Reports by version (versions published before the pipeline existed, such as official ones, have none). */
    Map<String, QualityReport> of(UUID templateId) {
        Map<String, QualityReport> reports = new HashMap<>();
        jdbc.sql("select version, score, checks from template_quality_reports where template_id = ?")
                .param(templateId)
                .query((rs, n) -> reports.put(
                        rs.getString(1), new QualityReport(rs.getInt(2), json.readValue(rs.getString(3), CHECKS))))
                .list();
        return reports;
    }
}
