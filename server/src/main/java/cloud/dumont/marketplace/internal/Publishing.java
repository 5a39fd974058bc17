package cloud.dumont.marketplace.internal;

import cloud.dumont.api.marketplace.ForkRequest;
import cloud.dumont.api.marketplace.MarketplaceTemplate;
import cloud.dumont.api.marketplace.PublishRequest;
import cloud.dumont.api.marketplace.QualityCheck;
import cloud.dumont.api.marketplace.QualityReport;
import cloud.dumont.api.marketplace.TemplateSpec;
import cloud.dumont.api.marketplace.TemplateVersionResponse;
import cloud.dumont.api.marketplace.UpdateRequest;
import cloud.dumont.catalog.SemVer;
import cloud.dumont.catalog.StoredTemplate;
import cloud.dumont.catalog.StoredVersion;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.catalog.TemplateMetadata;
import cloud.dumont.catalog.TemplateRegistry;
import cloud.dumont.deployment.DeployedSpec;
import cloud.dumont.deployment.DeploymentSpecs;
import cloud.dumont.identity.CurrentUser;
import cloud.dumont.identity.UserDirectory;
import cloud.dumont.platform.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing and changing community templates: every write goes through the pipeline's checks, a changed launch spec
 * becomes a new immutable version with its quality report, and the search index follows after commit.
 */
@Service
public class Publishing {

    static final String FIRST_VERSION = "1.0.0";

    private final TemplateRegistry registry;
    private final TemplateAccess access;
    private final PublishingPipeline pipeline;
    private final QualityReports reports;
    private final TemplateStats stats;
    private final MarketplaceViews views;
    private final DeploymentSpecs deployments;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;

    Publishing(
            TemplateRegistry registry,
            TemplateAccess access,
            PublishingPipeline pipeline,
            QualityReports reports,
            TemplateStats stats,
            MarketplaceViews views,
            DeploymentSpecs deployments,
            UserDirectory users,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.access = access;
        this.pipeline = pipeline;
        this.reports = reports;
        this.stats = stats;
        this.views = views;
        this.deployments = deployments;
        this.users = users;
        this.events = events;
    }

    @Transactional
    public MarketplaceTemplate publish(CurrentUser user, PublishRequest r) {
        TemplateSpec spec = r.spec();
        if (r.fromDeployment() != null) {
            spec = fromDeployment(user, r);
        }
        TemplateDraft draft = new TemplateDraft(
                r.slug(),
                r.name(),
                r.description(),
                r.category(),
                r.tags(),
                r.architectures() == null ? List.of("x86_64") : r.architectures(),
                r.regions(),
                blankToNull(r.license()),
                r.visibility() == null ? "public" : r.visibility(),
                r.maintenanceStatus() == null ? "active" : r.maintenanceStatus(),
                blankToNull(r.documentationUrl()),
                blankToNull(r.paperDoi()),
                blankToNull(r.fundingSource()),
                r.readme(),
                r.version() == null ? FIRST_VERSION : r.version(),
                r.changelog() == null ? "First release" : r.changelog(),
                spec);
        QualityReport report = pipeline.check(draft, true);
        String author = users.displayNames(List.of(user.id())).getOrDefault(user.id(), "author");
        StoredTemplate stored = registry.create(
                user.id(),
                author,
                draft.slug(),
                metadata(draft),
                draft.version(),
                SpecMapping.toLaunchSpec(draft.spec()),
                draft.changelog(),
                null);
        return afterWrite(stored, report);
    }

    /**
     * Metadata changes in place; a launch spec that differs from the latest version's publishes a new version, which
     * must be newer and comes with a changelog.
     */
    @Transactional
    public MarketplaceTemplate update(CurrentUser user, String ref, UpdateRequest r) {
        StoredTemplate current = access.editable(ref, user);
        TemplateMetadata m = current.metadata();
        TemplateSpec currentSpec = SpecMapping.toApi(current.spec());
        TemplateSpec spec = r.spec() == null ? currentSpec : r.spec();
        // Launch specs are records of lists and maps: equal content is equal, whatever the map's order.
        boolean newVersion =
                r.spec() != null && !SpecMapping.toLaunchSpec(r.spec()).equals(current.spec());
        String version = newVersion
                ? (r.version() == null ? SemVer.nextMinor(current.currentVersion()) : r.version())
                : current.currentVersion();
        TemplateDraft draft = new TemplateDraft(
                current.slug(),
                or(r.name(), m.name()),
                or(r.description(), m.description()),
                or(r.category(), m.category()),
                or(r.tags(), m.tags()),
                or(r.architectures(), m.architectures()),
                or(r.regions(), m.regions()),
                r.license() == null ? m.license() : blankToNull(r.license()),
                or(r.visibility(), m.visibility()),
                or(r.maintenanceStatus(), m.maintenanceStatus()),
                r.documentationUrl() == null ? m.documentationUrl() : blankToNull(r.documentationUrl()),
                r.paperDoi() == null ? m.paperDoi() : blankToNull(r.paperDoi()),
                r.fundingSource() == null ? m.fundingSource() : blankToNull(r.fundingSource()),
                or(r.readme(), m.guideMarkdown()),
                version,
                r.changelog(),
                spec);
        QualityReport report = pipeline.check(draft, false);
        if (newVersion && (r.changelog() == null || r.changelog().isBlank())) {
            throw PublishingPipeline.rejected(List.of(new QualityCheck(
                    "changelog",
                    "fail",
                    "changelog",
                    "a new launch spec publishes version " + version + ": say what changed")));
        }
        StoredTemplate stored = registry.describe(current.id(), metadata(draft));
        if (newVersion) {
            stored = registry.addVersion(current.id(), version, SpecMapping.toLaunchSpec(spec), r.changelog());
            return afterWrite(stored, report);
        }
        events.publishEvent(new TemplateChanged(stored.id()));
        return views.detail(stored);
    }

    /** Copies a version (the latest by default) into the caller's namespace, remembering where it came from. */
    @Transactional
    public MarketplaceTemplate fork(CurrentUser user, String ref, ForkRequest r) {
        StoredTemplate origin = access.visible(ref, user);
        String version = r.version() == null ? origin.currentVersion() : r.version();
        StoredVersion source = registry.version(origin.id(), version)
                .orElseThrow(() -> ProblemException.notFound("Version " + version));
        if (source.yanked()) {
            throw ProblemException.conflict("Version " + version + " was yanked; fork another version");
        }
        TemplateMetadata m = origin.metadata();
        TemplateDraft draft = new TemplateDraft(
                r.slug() == null ? origin.slug() : r.slug(),
                r.name() == null ? m.name() : r.name(),
                m.description(),
                m.category(),
                m.tags(),
                m.architectures().isEmpty() ? List.of("x86_64") : m.architectures(),
                m.regions(),
                m.license(),
                "public",
                "active",
                m.documentationUrl(),
                m.paperDoi(),
                m.fundingSource(),
                m.guideMarkdown(),
                FIRST_VERSION,
                "Forked from " + origin.publisherHandle() + "/" + origin.slug() + " " + version,
                SpecMapping.toApi(source.spec()));
        QualityReport report = pipeline.check(draft, true);
        String author = users.displayNames(List.of(user.id())).getOrDefault(user.id(), "author");
        StoredTemplate stored = registry.create(
                user.id(),
                author,
                draft.slug(),
                metadata(draft),
                FIRST_VERSION,
                source.spec(),
                draft.changelog(),
                source);
        return afterWrite(stored, report);
    }

    @Transactional
    public List<TemplateVersionResponse> yank(CurrentUser user, String ref, String version) {
        StoredTemplate template = access.editable(ref, user);
        registry.yank(template.id(), version);
        events.publishEvent(new TemplateChanged(template.id()));
        return versions(user, ref);
    }

    @Transactional
    public void unpublish(CurrentUser user, String ref) {
        StoredTemplate template = access.editable(ref, user);
        registry.unpublish(template.id());
        events.publishEvent(new TemplateChanged(template.id()));
    }

    @Transactional(readOnly = true)
    public List<TemplateVersionResponse> versions(CurrentUser user, String ref) {
        StoredTemplate template = access.visible(ref, user);
        Map<String, QualityReport> quality = reports.of(template.id());
        return registry.versions(template.id()).reversed().stream()
                .map(v -> new TemplateVersionResponse(
                        v.version(),
                        v.changelog(),
                        v.version().equals(template.currentVersion()),
                        v.yanked(),
                        SpecMapping.toApi(v.spec()),
                        quality.get(v.version()),
                        v.createdAt()))
                .toList();
    }

    private MarketplaceTemplate afterWrite(StoredTemplate stored, QualityReport report) {
        reports.save(stored.id(), stored.currentVersion(), report);
        stats.ensure(stored.id());
        events.publishEvent(new TemplateChanged(stored.id()));
        return views.detail(stored);
    }

    /**
     * The spec a deployment ran, with the environment the user added named but empty: those values are theirs (often
     * tokens) and a template must not carry them.
     */
    private TemplateSpec fromDeployment(CurrentUser user, PublishRequest r) {
        DeployedSpec deployed = deployments.of(user, r.fromDeployment()); // 404 unless it is the caller's
        if (r.spec() != null) {
            return r.spec();
        }
        TemplateLaunchSpec s = deployed.spec();
        TemplateSpec spec = SpecMapping.toApi(s);
        Map<String, String> env = new TreeMap<>(s.envVars());
        deployed.extraEnvNames().forEach(name -> env.putIfAbsent(name, ""));
        return new TemplateSpec(
                spec.dockerImage(),
                spec.launchCommand(),
                spec.ports(),
                env,
                spec.volumes(),
                spec.gpuMinVram(),
                spec.gpuRecommendedVram(),
                spec.cudaVersion(),
                spec.diskGb(),
                spec.appAuth());
    }

    private static TemplateMetadata metadata(TemplateDraft d) {
        return new TemplateMetadata(
                d.name().strip(),
                d.description().strip(),
                d.category(),
                d.tags(),
                null,
                0,
                0,
                null,
                d.documentationUrl(),
                d.readme() == null ? "" : d.readme(),
                d.architectures(),
                d.regions(),
                d.license(),
                d.visibility(),
                d.maintenanceStatus(),
                d.paperDoi(),
                d.fundingSource());
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
