package cloud.dumont.catalog.internal;

import cloud.dumont.catalog.TemplateLaunchSpec;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable launch spec of a template; deployments refer to the exact version they ran. */
@Entity
@Table(name = "template_versions")
public class TemplateVersionEntity {

    @Id
    private UUID id;

    private UUID templateId;
    private String version;

    @JdbcTypeCode(SqlTypes.JSON)
    private TemplateLaunchSpec launchSpec;

    private String specHash;
    private String changelog;
    private boolean yanked;
    private Instant yankedAt;
    private Instant createdAt;

    protected TemplateVersionEntity() {}

    public TemplateVersionEntity(
            UUID templateId,
            String version,
            TemplateLaunchSpec launchSpec,
            String specHash,
            String changelog,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.templateId = templateId;
        this.version = version;
        this.launchSpec = launchSpec;
        this.specHash = specHash;
        this.changelog = changelog;
        this.createdAt = createdAt;
    }

    public String getVersion() {
        return version;
    }

    public TemplateLaunchSpec getLaunchSpec() {
        return launchSpec;
    }

    public String getSpecHash() {
        return specHash;
    }

    public boolean isYanked() {
        return yanked;
    }

    /** Withdraws the version: deployments that ran it keep their record, new ones may not use it. */
    public void yank(Instant now) {
        this.yanked = true;
        this.yankedAt = now;
    }

    public String getChangelog() {
        return changelog;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UUID getTemplateId() {
        return templateId;
    }
}
