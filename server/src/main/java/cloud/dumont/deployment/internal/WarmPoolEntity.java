package cloud.dumont.deployment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A template's warm pool: how many idle members to keep, owned by the admin who set it up. */
@Entity
@Table(name = "warm_pools")
public class WarmPoolEntity {

    @Id
    private String templateSlug;

    private int minIdle;
    private UUID ownerId;
    private Instant updatedAt;

    protected WarmPoolEntity() {}

    WarmPoolEntity(String templateSlug, int minIdle, UUID ownerId, Instant now) {
        this.templateSlug = templateSlug;
        this.minIdle = minIdle;
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    void resize(int minIdle, UUID ownerId, Instant now) {
        this.minIdle = minIdle;
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    public String getTemplateSlug() {
        return templateSlug;
    }

    public int getMinIdle() {
        return minIdle;
    }

    public UUID getOwnerId() {
        return ownerId;
    }
}
