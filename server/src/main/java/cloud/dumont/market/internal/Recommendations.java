package cloud.dumont.market.internal;

import cloud.dumont.api.catalog.GpuModel;
import cloud.dumont.api.market.GpuRecommendation;
import cloud.dumont.api.market.GpuRecommendations;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.GpuCatalog;
import cloud.dumont.catalog.TemplateCatalog;
import cloud.dumont.machines.ReadyTimes;
import cloud.dumont.provider.GpuCloud;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A template's GPU table: every catalog model with at least the template's minimum VRAM, its cheapest single-GPU price
 * and availability at the latest market sample, and how this template fared on it (host history). The best value is
 * the cheapest listed model with the recommended VRAM (the minimum when none has it); the fastest is the model the
 * template became ready fastest on, over at least two ready deployments.
 */
@Service
public class Recommendations {

    private static final int MIN_READY_FOR_FASTEST = 2;

    private final TemplateCatalog templates;
    private final GpuCatalog gpus;
    private final ReadyTimes readyTimes;
    private final SampleStore store;
    private final GpuCloud cloud;

    Recommendations(
            TemplateCatalog templates, GpuCatalog gpus, ReadyTimes readyTimes, SampleStore store, GpuCloud cloud) {
        this.templates = templates;
        this.gpus = gpus;
        this.readyTimes = readyTimes;
        this.store = store;
        this.cloud = cloud;
    }

    @Transactional(readOnly = true)
    public GpuRecommendations forTemplate(String slug) {
        DeployableTemplate template = templates.deployable(slug);
        int min = template.spec().gpuMinVram();
        int recommended = Math.max(min, template.spec().gpuRecommendedVram());
        boolean simulated = cloud.simulated();
        Optional<Instant> sampledAt = store.latestSample(simulated);
        Map<String, SampleRow> market = sampledAt
                .map(at -> store.sampleAt(simulated, at).stream()
                        .filter(r -> r.numGpus() == 1 && r.region().equals(Regions.ALL))
                        .collect(Collectors.toMap(SampleRow::gpuName, Function.identity(), (a, b) -> a)))
                .orElse(Map.of());
        Map<String, ReadyTimes.GpuRecord> history = readyTimes.forTemplate(template.id());
        List<GpuModel> fitting =
                gpus.all().stream().filter(g -> g.vramGb() >= min).toList();
        String bestValue = bestValue(fitting, recommended, market);
        String fastest = fastest(fitting, history);
        List<GpuRecommendation> rows = fitting.stream()
                .map(g -> {
                    SampleRow m = market.get(g.name());
                    ReadyTimes.GpuRecord h = history.get(g.name());
                    return new GpuRecommendation(
                            g.name(),
                            g.vramGb(),
                            g.vramGb() >= recommended,
                            m == null ? null : m.priceMin(),
                            m == null ? 0 : (int) Math.round(m.offers()),
                            h == null ? null : h.medianSecondsToReady(),
                            h == null ? 0 : h.ready(),
                            h == null ? 0 : h.failed(),
                            g.name().equals(bestValue),
                            g.name().equals(fastest));
                })
                .toList();
        return new GpuRecommendations(
                template.slug(), min, recommended, sampledAt.orElse(null), simulated, bestValue, fastest, rows);
    }

    private static String bestValue(List<GpuModel> fitting, int recommended, Map<String, SampleRow> market) {
        Optional<String> best =
                cheapest(fitting.stream().filter(g -> g.vramGb() >= recommended).toList(), market);
        return best.or(() -> cheapest(fitting, market)).orElse(null);
    }

    private static Optional<String> cheapest(List<GpuModel> models, Map<String, SampleRow> market) {
        return models.stream()
                .filter(g -> market.containsKey(g.name()))
                .min(Comparator.comparingDouble(g -> market.get(g.name()).priceMin()))
                .map(GpuModel::name);
    }

    private static String fastest(List<GpuModel> fitting, Map<String, ReadyTimes.GpuRecord> history) {
        return fitting.stream()
                .map(g -> history.get(g.name()))
                .filter(h -> h != null && h.ready() >= MIN_READY_FOR_FASTEST && h.medianSecondsToReady() != null)
                .min(Comparator.comparingDouble(ReadyTimes.GpuRecord::medianSecondsToReady))
                .map(ReadyTimes.GpuRecord::gpuName)
                .orElse(null);
    }
}
