package cloud.dumont.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "publishers")
public class PublisherEntity {

    @Id
    private UUID id;

    private String handle;
    private String name;
    private boolean official;
    private UUID userId;
    private Instant createdAt;

    protected PublisherEntity() {}

    public PublisherEntity(String handle, String name, boolean official, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.handle = handle;
        this.name = name;
        this.official = official;
        this.createdAt = createdAt;
    }

    /** A community author's publisher, one per user. */
    public static PublisherEntity forUser(UUID userId, String handle, String name, Instant createdAt) {
        PublisherEntity publisher = new PublisherEntity(handle, name, false, createdAt);
        publisher.userId = userId;
        return publisher;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getId() {
        return id;
    }

    public String getHandle() {
        return handle;
    }

    public String getName() {
        return name;
    }

    public boolean isOfficial() {
        return official;
    }
}
