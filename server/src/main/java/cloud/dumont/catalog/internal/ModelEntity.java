package cloud.dumont.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An LLM of the curated catalog, keyed by its Hugging Face id. */
@Entity
@Table(name = "models")
public class ModelEntity {

    @Id
    private String id;

    private String name;
    private String description;
    private String size;
    private String task;
    private Long parameters;
    private Integer contextLength;
    private String license;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> supportedEngines;

    private int minGpuMemoryGb;
    private boolean gated;
    private int position;
    private Instant createdAt;

    protected ModelEntity() {}

    public ModelEntity(String id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public void describe(ModelDefinition d, int position) {
        this.name = d.name();
        this.description = d.description();
        this.size = d.size();
        this.task = d.task();
        this.parameters = d.parameters();
        this.contextLength = d.contextLength();
        this.license = d.license();
        this.supportedEngines = List.copyOf(d.supportedEngines());
        this.minGpuMemoryGb = d.minGpuMemoryGb();
        this.gated = d.gated();
        this.position = position;
    }

    public ModelDefinition definition() {
        return new ModelDefinition(
                id,
                name,
                description,
                size,
                task,
                parameters,
                contextLength,
                license,
                supportedEngines,
                minGpuMemoryGb,
                gated);
    }

    public String getId() {
        return id;
    }
}
