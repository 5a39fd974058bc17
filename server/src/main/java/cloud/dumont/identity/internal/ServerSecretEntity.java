package cloud.dumont.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A secret the server generated for itself and shares between replicas through the database. */
@Entity
@Table(name = "server_secrets")
public class ServerSecretEntity {

    @Id
    private String name;

    private String secret;
    private Instant createdAt;

    protected ServerSecretEntity() {}

    public ServerSecretEntity(String name, String secret, Instant createdAt) {
        this.name = name;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String getSecret() {
        return secret;
    }

    @Override
    public String toString() {
        return "ServerSecret[" + name + "]";
    }
}
