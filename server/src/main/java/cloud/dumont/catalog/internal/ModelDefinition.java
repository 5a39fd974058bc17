package cloud.dumont.catalog.internal;

import java.util.List;

/** A catalog model as written in {@code catalog/models.yaml} and stored in the {@code models} table. */
public record ModelDefinition(
        String id,
        String name,
        String description,
        String size,
        String task,
        Long parameters,
        Integer contextLength,
        String license,
        List<String> supportedEngines,
        int minGpuMemoryGb,
        boolean gated) {}
