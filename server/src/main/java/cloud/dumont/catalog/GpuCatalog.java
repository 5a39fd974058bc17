package cloud.dumont.catalog;

import cloud.dumont.api.catalog.GpuModel;
import cloud.dumont.catalog.internal.CatalogFiles;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;

/** Reference data on common GPU models (names as Vast.ai spells them), smallest memory first. */
@Service
public class GpuCatalog {

    private final List<GpuModel> gpus =
            CatalogFiles.read("catalog/gpus.yaml", new TypeReference<List<GpuModel>>() {}).stream()
                    .sorted(Comparator.comparingInt(GpuModel::vramGb).thenComparing(GpuModel::typicalPriceMin))
                    .toList();

    public List<GpuModel> all() {
        return gpus;
    }

    /** The model with this name, ignoring case. */
    public Optional<GpuModel> find(String name) {
        return gpus.stream()
                .filter(g ->
                        g.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
