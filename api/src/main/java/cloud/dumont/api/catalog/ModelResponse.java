package cloud.dumont.api.catalog;

import java.util.List;

/**
 * An LLM from the curated catalog.
 *
 * @param id the Hugging Face model id, which contains a slash (e.g. {@code Qwen/Qwen3-0.6B})
 * @param minGpuMemory the minimum GPU memory as the catalog states it (e.g. {@code 8GB})
 */
public record ModelResponse(
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
        String minGpuMemory,
        boolean gated) {}
