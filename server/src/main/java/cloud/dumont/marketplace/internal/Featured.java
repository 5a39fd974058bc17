package cloud.dumont.marketplace.internal;

import static cloud.dumont.platform.SqlTimes.at;

import cloud.dumont.api.marketplace.FeatureRequest;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.platform.ProblemException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The templates admins feature on the marketplace's front page, in the order they chose. */
@Service
public class Featured {

    static final int MAX_POSITION = 1000;

    private final JdbcClient jdbc;
    private final TemplateRegistry registry;
    private final RetryingTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Featured(
            JdbcClient jdbc,
            TemplateRegistry registry,
            RetryingTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The featured templates that are listed now, by position then by when they were featured. A template unpublished
     * or made private after it was featured drops out here without an admin having to unfeature it (and comes back if
     * it is listed again).
     */
    public List<StoredTemplate> featuredTemplates() {
        List<UUID> ids = jdbc.sql(
                        "select template_id from featured_templates order by position, featured_at, template_id")
                .query(UUID.class)
                .list();
        Map<UUID, StoredTemplate> templates =
                registry.findAll(ids).stream().collect(Collectors.toMap(StoredTemplate::id, Function.identity()));
        return ids.stream()
                .map(templates::get)
                .filter(t -> t != null && t.listed())
                .toList();
    }

    public List<UUID> featuredIds() {
        return featuredTemplates().stream().map(StoredTemplate::id).toList();
    }

    /** Which of these templates have a featured entry: one small query for a page of cards, no template reads. */
    Set<UUID> featuredAmong(Collection<UUID> templateIds) {
        if (templateIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select template_id from featured_templates where template_id in (:ids)")
                .param("ids", templateIds)
                .query(UUID.class)
                .list());
    }

    /**
     * Features a template, or moves it to another position when it is featured already. Without a position, a new
     * entry goes last and an existing one stays where it is.
     *
     * @throws ProblemException 404 when the template does not exist; 409 when it is not listed (private, unlisted or
     *     unpublished): the front page shows only what anyone can find and deploy
     */
    public Saved<FeatureRequest> feature(FeatureRequest request, CurrentUser admin) {
        return transactions.run(() -> {
            StoredTemplate template = registry.find(request.templateId())
                    .orElseThrow(() -> ProblemException.notFound("Template " + request.templateId()));
            if (!template.listed()) {
                throw ProblemException.conflict("Only listed templates (public, not unpublished) may be featured");
            }
            Optional<Integer> current = jdbc.sql(
                            "select position from featured_templates where template_id = ? for update")
                    .param(template.id())
                    .query(Integer.class)
                    .optional();
            int position;
            if (current.isPresent()) {
                position = request.position() == null ? current.get() : request.position();
                jdbc.sql("update featured_templates set position = ?, featured_by = ? where template_id = ?")
                        .params(position, admin.id(), template.id())
                        .update();
            } else {
                position = request.position() == null ? nextPosition() : request.position();
                jdbc.sql("insert into featured_templates (template_id, position, featured_by, featured_at)"
                                + " values (?, ?, ?, ?)")
                        .params(template.id(), position, admin.id(), at(clock.instant()))
                        .update();
            }
            events.publishEvent(new TemplateChanged(template.id()));
            return new Saved<>(new FeatureRequest(template.id(), position), current.isEmpty());
        });
    }

    /** Takes the template off the featured list; nothing to do when it is not on it. */
    public void unfeature(UUID templateId) {
        transactions.run(() -> {
            if (jdbc.sql("delete from featured_templates where template_id = ?")
                            .param(templateId)
                            .update()
                    > 0) {
                events.publishEvent(new TemplateChanged(templateId));
            }
            return null;
        });
    }

    private int nextPosition() {
        int last = jdbc.sql("select coalesce(max(position), -1) from featured_templates")
                .query(Integer.class)
                .single();
        return Math.min(last + 1, MAX_POSITION);
    }
}
