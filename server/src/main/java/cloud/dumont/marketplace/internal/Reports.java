package cloud.dumont.marketplace.internal;

import static cloud.dumont.platform.SqlTimes.at;
import static cloud.dumont.platform.SqlTimes.instant;

import cloud.dumont.api.marketplace.ReportRequest;
import cloud.dumont.api.marketplace.ReportResolution;
import cloud.dumont.api.marketplace.ReportResponse;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.identity.UserDirectory;
import cloud.dumont.platform.ProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Abuse reports and what admins decide about them. A user has at most one open report per template (the database
 * enforces it, see V5); reporting again while it is open returns that report. Unpublishing a template settles every
 * open report of it at once: they all asked for the same thing.
 */
@Service
public class Reports {

    public static final List<String> STATUSES = List.of("open", "dismissed", "actioned");

    private static final String COLUMNS =
            "id, template_id, reporter_id, reason, details, status, resolution_note," + " created_at, resolved_at";

    private final JdbcClient jdbc;
    private final TemplateAccess access;
    private final TemplateRegistry registry;
    private final UserDirectory users;
    private final RetryingTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(
            JdbcClient jdbc,
            TemplateAccess access,
            TemplateRegistry registry,
            UserDirectory users,
            RetryingTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.registry = registry;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    private record ReportRow(
            UUID id,
            UUID templateId,
            UUID reporterId,
            String reason,
            String details,
            String status,
            String resolutionNote,
            Instant createdAt,
            Instant resolvedAt) {}

    /** Files a report, or returns the caller's open report of this template (not created). */
    public Saved<ReportResponse> report(String templateRef, CurrentUser user, ReportRequest request) {
        Saved<ReportRow> saved = transactions.run(() -> {
            StoredTemplate template = access.visible(templateRef, user);
            Optional<ReportRow> open = jdbc.sql("select " + COLUMNS
                            + " from template_reports where template_id = ? and open_reporter_id = ?")
                    .params(template.id(), user.id())
                    .query(Reports::row)
                    .optional();
            if (open.isPresent()) {
                return new Saved<>(open.get(), false);
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into template_reports (id, template_id, reporter_id, open_reporter_id, reason, details,"
                            + " status, created_at) values (?, ?, ?, ?, ?, ?, 'open', ?)")
                    .params(
                            id,
                            template.id(),
                            user.id(),
                            user.id(),
                            request.reason(),
                            request.details(),
                            at(clock.instant()))
                    .update();
            return new Saved<>(load(id), true);
        });
        return new Saved<>(views(List.of(saved.value())).getFirst(), saved.created());
    }

    /** Reports with this status, newest first. */
    public List<ReportResponse> list(String status, int page, int size) {
        return views(jdbc.sql("select " + COLUMNS + " from template_reports where status = ?"
                        + " order by created_at desc, id limit ? offset ?")
                .params(status, size, (long) page * size)
                .query(Reports::row)
                .list());
    }

    /**
     * Settles an open report: dismiss it, or unpublish its template, which marks every open report of that template
     * actioned. A report already settled answers 409, and so does unpublishing an official template (they change with
     * each Dumont release, as {@link TemplateAccess#editable} says).
     */
    public ReportResponse resolve(UUID reportId, CurrentUser admin, ReportResolution resolution) {
        ReportRow resolved = transactions.run(() -> {
            ReportRow report = jdbc.sql("select " + COLUMNS + " from template_reports where id = ? for update")
                    .param(reportId)
                    .query(Reports::row)
                    .optional()
                    .orElseThrow(() -> ProblemException.notFound("Report " + reportId));
            if (!report.status().equals("open")) {
                throw ProblemException.conflict("This report has already been " + report.status());
            }
            Instant now = clock.instant();
            if (resolution.action().equals("unpublish")) {
                boolean official = registry.find(report.templateId())
                        .map(StoredTemplate::official)
                        .orElse(false);
                if (official) {
                    throw ProblemException.conflict(
                            "Official templates change with each Dumont release and cannot be unpublished here;"
                                    + " dismiss the report and fix the template in the release");
                }
                registry.unpublish(report.templateId());
                jdbc.sql("update template_reports set status = 'actioned', open_reporter_id = null,"
                                + " resolution_note = ?, resolved_by = ?, resolved_at = ?"
                                + " where template_id = ? and status = 'open'")
                        .params(resolution.note(), admin.id(), at(now), report.templateId())
                        .update();
                events.publishEvent(new TemplateChanged(report.templateId()));
            } else {
                jdbc.sql("update template_reports set status = 'dismissed', open_reporter_id = null,"
                                + " resolution_note = ?, resolved_by = ?, resolved_at = ? where id = ?")
                        .params(resolution.note(), admin.id(), at(now), reportId)
                        .update();
            }
            return load(reportId);
        });
        return views(List.of(resolved)).getFirst();
    }

    private ReportRow load(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from template_reports where id = ?")
                .param(id)
                .query(Reports::row)
                .single();
    }

    private List<ReportResponse> views(List<ReportRow> rows) {
        Map<UUID, String> templateNames =
                registry
                        .findAll(rows.stream()
                                .map(ReportRow::templateId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(
                                StoredTemplate::id, t -> t.metadata().name(), (a, b) -> a));
        Map<UUID, String> reporters = users.displayNames(
                rows.stream().map(ReportRow::reporterId).distinct().toList());
        Function<ReportRow, ReportResponse> view = r -> new ReportResponse(
                r.id(),
                r.templateId(),
                templateNames.get(r.templateId()),
                reporters.getOrDefault(r.reporterId(), "A former user"),
                r.reason(),
                r.details(),
                r.status(),
                r.resolutionNote(),
                r.createdAt(),
                r.resolvedAt());
        return rows.stream().map(view).toList();
    }

    private static ReportRow row(ResultSet rs, int n) throws SQLException {
        return new ReportRow(
                rs.getObject("id", UUID.class),
                rs.getObject("template_id", UUID.class),
                rs.getObject("reporter_id", UUID.class),
                rs.getString("reason"),
                rs.getString("details"),
                rs.getString("status"),
                rs.getString("resolution_note"),
                instant(rs, "created_at"),
                instant(rs, "resolved_at"));
    }
}
