package cloud.dumont.catalog;

import cloud.dumont.catalog.internal.PublisherEntity;
import cloud.dumont.catalog.internal.PublisherRepository;
import cloud.dumont.catalog.internal.SpecHash;
import cloud.dumont.catalog.internal.TemplateEntity;
import cloud.dumont.catalog.internal.TemplateRepository;
import cloud.dumont.catalog.internal.TemplateVersionEntity;
import cloud.dumont.catalog.internal.TemplateVersionRepository;
import cloud.dumont.platform.ProblemException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores every template, official and community, with its immutable versions. The marketplace decides who may do
 * what and validates; the registry keeps the storage rules: a version string is never reused, a version's spec never
 * changes, and a template always points at a version that may be deployed.
 */
@Service
public class TemplateRegistry {

    private final TemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final PublisherRepository publishers;
    private final Clock clock;

    TemplateRegistry(
            TemplateRepository templates,
            TemplateVersionRepository versions,
            PublisherRepository publishers,
            Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.publishers = publishers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<StoredTemplate> find(UUID id) {
        return templates.findWithPublisher(List.of(id)).stream().findFirst().map(TemplateRegistry::view);
    }

    /** A template by id, or an official template by slug: the two ways clients name one. */
    @Transactional(readOnly = true)
    public Optional<StoredTemplate> resolve(String ref) {
        UUID id = asUuid(ref);
        return id == null ? findOfficial(ref) : find(id);
    }

    @Transactional(readOnly = true)
    public Optional<StoredTemplate> findOfficial(String slug) {
        return templates.findOfficialBySlug(slug).map(TemplateRegistry::view);
    }

    /** The templates with these ids that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<StoredTemplate> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return templates.findWithPublisher(ids).stream()
                .map(TemplateRegistry::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<StoredTemplate> ownedBy(UUID userId) {
        return templates.findOwnedBy(userId).stream()
                .map(TemplateRegistry::view)
                .toList();
    }

    /** Ids of the templates created or changed at or after {@code since}. */
    @Transactional(readOnly = true)
    public List<UUID> changedSince(Instant since) {
        return templates.findIdsUpdatedSince(since);
    }

    /** Up to {@code size} templates whose id sorts after {@code after} (null: from the start), by id. */
    @Transactional(readOnly = true)
    public List<StoredTemplate> pageAfter(UUID after, int size) {
        List<UUID> ids =
                after == null ? templates.findFirstIds(Limit.of(size)) : templates.findIdsAfter(after, Limit.of(size));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, TemplateEntity> byId = templates.findWithPublisher(ids).stream()
                .collect(Collectors.toMap(TemplateEntity::getId, Function.identity()));
        // In the database's order of ids: the caller pages on from the last one.
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(TemplateRegistry::view)
                .toList();
    }

    /**
     * Creates a community template with its first version, and the author's publisher on their first publish.
     *
     * @throws ProblemException 409 when the author already has a template with this slug
     */
    @Transactional
    public StoredTemplate create(
            UUID ownerId,
            String ownerName,
            String slug,
            TemplateMetadata metadata,
            String version,
            TemplateLaunchSpec spec,
            String changelog,
            StoredVersion forkedFrom) {
        Instant now = clock.instant();
        PublisherEntity publisher = publishers
                .findByUserId(ownerId)
                .orElseGet(
                        () -> publishers.save(PublisherEntity.forUser(ownerId, freeHandle(ownerName), ownerName, now)));
        if (templates.findByPublisherAndSlug(publisher, slug).isPresent()) {
            ProblemException taken =
                    ProblemException.conflict("You already have a template with the slug '" + slug + "'");
            // Named like the publishing pipeline's violations, so a form shows it on the slug field.
            taken.getBody().setProperty("errors", List.of(Map.of("field", "slug", "message", "already taken")));
            throw taken;
        }
        TemplateEntity template = new TemplateEntity(publisher, slug, now);
        template.applyVersion(version, spec, now);
        template.describe(metadata, now);
        if (forkedFrom != null) {
            template.forkedFrom(forkedFrom.templateId(), forkedFrom.version());
        }
        templates.save(template);
        versions.save(new TemplateVersionEntity(template.getId(), version, spec, SpecHash.of(spec), changelog, now));
        return flushed(template);
    }

    @Transactional
    public StoredTemplate describe(UUID id, TemplateMetadata metadata) {
        TemplateEntity template = load(id);
        template.describe(metadata, clock.instant());
        return flushed(template);
    }

    /**
     * Publishes a new immutable version and points the template at it.
     *
     * @throws ProblemException 409 when the version exists or is not newer than the latest
     */
    @Transactional
    public StoredTemplate addVersion(UUID id, String version, TemplateLaunchSpec spec, String changelog) {
        TemplateEntity template = load(id);
        if (versions.findByTemplateIdAndVersion(id, version).isPresent()) {
            throw ProblemException.conflict("Version " + version + " exists; versions are immutable");
        }
        if (SemVer.compare(version, template.getCurrentVersion()) <= 0) {
            throw ProblemException.conflict(
                    "Version " + version + " is not newer than the latest, " + template.getCurrentVersion());
        }
        Instant now = clock.instant();
        versions.save(new TemplateVersionEntity(id, version, spec, SpecHash.of(spec), changelog, now));
        template.applyVersion(version, spec, now);
        return flushed(template);
    }

    /**
     * Withdraws a version. Yanking the latest points the template at the newest version left.
     *
     * @throws ProblemException 409 when it is the only deployable version (unpublish the template instead)
     */
    @Transactional
    public StoredTemplate yank(UUID id, String version) {
        TemplateEntity template = load(id);
        TemplateVersionEntity yanked = versions.findByTemplateIdAndVersion(id, version)
                .orElseThrow(() -> ProblemException.notFound("Version " + version));
        if (yanked.isYanked()) {
            return view(template);
        }
        List<TemplateVersionEntity> remaining = versions.findByTemplateIdOrderByCreatedAtAsc(id).stream()
                .filter(v -> !v.isYanked() && !v.getVersion().equals(version))
                .toList();
        if (remaining.isEmpty()) {
            throw ProblemException.conflict(
                    "Version " + version + " is the only deployable version; unpublish the template instead");
        }
        Instant now = clock.instant();
        yanked.yank(now);
        if (template.getCurrentVersion().equals(version)) {
            TemplateVersionEntity newest = remaining.stream()
                    .max(Comparator.comparing(TemplateVersionEntity::getVersion, SemVer::compare))
                    .orElseThrow();
            template.applyVersion(newest.getVersion(), newest.getLaunchSpec(), now);
        }
        return flushed(template);
    }

    @Transactional
    public StoredTemplate unpublish(UUID id) {
        TemplateEntity template = load(id);
        if (template.getUnpublishedAt() == null) {
            template.unpublish(clock.instant());
        }
        return flushed(template);
    }

    /** Every version, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredVersion> versions(UUID id) {
        return versions.findByTemplateIdOrderByCreatedAtAsc(id).stream()
                .sorted(Comparator.comparing(TemplateVersionEntity::getVersion, SemVer::compare))
                .map(TemplateRegistry::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<StoredVersion> version(UUID id, String version) {
        return versions.findByTemplateIdAndVersion(id, version).map(TemplateRegistry::view);
    }

    private static UUID asUuid(String ref) {
        if (ref == null || ref.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writes the change now, so rows other features add in the same transaction (by SQL) can refer to it. */
    private StoredTemplate flushed(TemplateEntity template) {
        templates.flush();
        return view(template);
    }

    private TemplateEntity load(UUID id) {
        return templates.findWithPublisher(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Template " + id));
    }

    /** A handle derived from the author's name, suffixed until no publisher has it. */
    private String freeHandle(String name) {
        String base = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > 30) {
            base = base.substring(0, 30);
        }
        if (base.isEmpty() || base.equals("dumont")) {
            base = "author";
        }
        String handle = base;
        for (int n = 2; publishers.existsByHandle(handle); n++) {
            handle = base + "-" + n;
        }
        return handle;
    }

    static StoredTemplate view(TemplateEntity t) {
        PublisherEntity p = t.getPublisher();
        return new StoredTemplate(
                t.getId(),
                t.getSlug(),
                p.getUserId(),
                p.getHandle(),
                p.getName(),
                p.isOfficial(),
                t.metadata(),
                t.getCurrentVersion(),
                t.launchSpec(),
                t.getForkedFromId(),
                t.getForkedFromVersion(),
                t.getUnpublishedAt(),
                t.getCreatedAt(),
                t.getUpdatedAt());
    }

    private static StoredVersion view(TemplateVersionEntity v) {
        return new StoredVersion(
                v.getTemplateId(), v.getVersion(), v.getLaunchSpec(), v.getChangelog(), v.isYanked(), v.getCreatedAt());
    }
}
