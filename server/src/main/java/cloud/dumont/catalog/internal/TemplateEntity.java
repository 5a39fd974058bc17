package cloud.dumont.catalog.internal;

import cloud.dumont.api.catalog.LaunchMode;
import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.catalog.AppAuth;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.catalog.TemplateMetadata;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A template and a copy of its current version's launch spec (see {@link TemplateVersionEntity} for the immutable
 * history).
 */
@Entity
@Table(name = "templates")
public class TemplateEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publisher_id")
    private PublisherEntity publisher;

    private String slug;
    private String name;
    private String description;
    private String category;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> tags;

    private String icon;
    private String visibility;
    private String currentVersion;
    private String dockerImage;

    @Enumerated(EnumType.STRING)
    private LaunchMode launchMode;

    private String launchCommand;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> launchArgs;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<PortSpec> ports;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> volumes;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> envVars;

    private int gpuMinVram;
    private int gpuRecommendedVram;
    private String cudaVersion;
    private int diskGb;

    @Enumerated(EnumType.STRING)
    private AppAuth appAuth;

    private int firstBootDownloadGb;
    private int firstBootMinutes;
    private String firstBootNote;
    private String documentationUrl;
    private String guideMarkdown;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> architectures;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> regions;

    private String license;
    private String maintenanceStatus;
    private String paperDoi;
    private String fundingSource;
    private UUID forkedFromId;
    private String forkedFromVersion;
    private Instant unpublishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected TemplateEntity() {}

    public TemplateEntity(PublisherEntity publisher, String slug, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.publisher = publisher;
        this.slug = slug;
        this.visibility = "public";
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Points the template at a new current version and copies its launch spec. */
    public void applyVersion(String version, TemplateLaunchSpec spec, Instant now) {
        this.currentVersion = version;
        this.dockerImage = spec.dockerImage();
        this.launchMode = spec.launchMode();
        this.launchArgs = List.copyOf(spec.launchArgs());
        this.launchCommand = spec.launchCommand();
        this.ports = List.copyOf(spec.ports());
        this.volumes = List.copyOf(spec.volumes());
        this.envVars = Map.copyOf(spec.envVars());
        this.gpuMinVram = spec.gpuMinVram();
        this.gpuRecommendedVram = spec.gpuRecommendedVram();
        this.cudaVersion = spec.cudaVersion();
        this.diskGb = spec.diskGb();
        this.appAuth = spec.appAuth();
        this.updatedAt = now;
    }

    /** Replaces the metadata that does not change what runs (and therefore needs no new version). */
    public void describe(TemplateMetadata metadata, Instant now) {
        this.name = metadata.name();
        this.description = metadata.description();
        this.category = metadata.category();
        this.tags = List.copyOf(metadata.tags());
        this.icon = metadata.icon();
        this.firstBootDownloadGb = metadata.firstBootDownloadGb();
        this.firstBootMinutes = metadata.firstBootMinutes();
        this.firstBootNote = metadata.firstBootNote();
        this.documentationUrl = metadata.documentationUrl();
        this.guideMarkdown = metadata.guideMarkdown();
        this.architectures = List.copyOf(metadata.architectures());
        this.regions = List.copyOf(metadata.regions());
        this.license = metadata.license();
        this.visibility = metadata.visibility();
        this.maintenanceStatus = metadata.maintenanceStatus();
        this.paperDoi = metadata.paperDoi();
        this.fundingSource = metadata.fundingSource();
        this.updatedAt = now;
    }

    public TemplateMetadata metadata() {
        return new TemplateMetadata(
                name,
                description,
                category,
                tags,
                icon,
                firstBootDownloadGb,
                firstBootMinutes,
                firstBootNote,
                documentationUrl,
                guideMarkdown,
                architectures,
                regions,
                license,
                visibility,
                maintenanceStatus,
                paperDoi,
                fundingSource);
    }

    /** Records the template version this one was copied from. */
    public void forkedFrom(UUID templateId, String version) {
        this.forkedFromId = templateId;
        this.forkedFromVersion = version;
    }

    public void unpublish(Instant now) {
        this.unpublishedAt = now;
        this.updatedAt = now;
    }

    public UUID getForkedFromId() {
        return forkedFromId;
    }

    public String getForkedFromVersion() {
        return forkedFromVersion;
    }

    public Instant getUnpublishedAt() {
        return unpublishedAt;
    }

    public String getVisibility() {
        return visibility;
    }

    public TemplateLaunchSpec launchSpec() {
        return new TemplateLaunchSpec(
                dockerImage,
                launchMode,
                launchArgs,
                launchCommand,
                ports,
                volumes,
                envVars,
                gpuMinVram,
                gpuRecommendedVram,
                cudaVersion,
                diskGb,
                appAuth);
    }

    public String getName() {
        return name;
    }

    public UUID getId() {
        return id;
    }

    public PublisherEntity getPublisher() {
        return publisher;
    }

    public String getSlug() {
        return slug;
    }

    public String getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
