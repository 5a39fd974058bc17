package cloud.dumont.sdk;

import cloud.dumont.api.catalog.GpuModel;
import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.api.catalog.TemplateResponse;
import cloud.dumont.api.deployment.OfferAlertRequest;
import cloud.dumont.api.deployment.OfferAlertResponse;
import cloud.dumont.api.deployment.OffersResponse;
import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import java.util.List;

/** The catalog: official templates, the LLM catalog, GPU models, and the live offers a template can run on. */
public final class CatalogApi {

    private final Http http;

    CatalogApi(Http http) {
        this.http = http;
    }

    /**
     * The official templates, filtered.
     *
     * @param minVram only templates that run on this many GB of VRAM or less; null for all
     * @param category a category such as {@code notebooks}; null for all
     * @param query words to look for in name, description and tags; null for all
     */
    public List<TemplateResponse> templates(Integer minVram, String category, String query) {
        return http.get(
                "/api/v1/templates"
                        + Query.of()
                                .add("min_vram", minVram)
                                .add("category", category)
                                .add("q", query),
                Types.listOf(TemplateResponse.class));
    }

    /** One official template by slug, such as {@code jupyter-lab}. */
    public TemplateResponse template(String slug) {
        return http.get("/api/v1/templates/" + Query.encode(slug), TemplateResponse.class);
    }

    /**
     * Live offers a template can run on, cheapest reliable first.
     *
     * @param template an official slug or a community template's id
     * @param gpuName only this GPU model (e.g. {@code RTX 4090}); null for all
     * @param maxPrice only offers at most this many dollars per hour; null for any
     * @param diskGb disk the deployment needs; null for the template's default
     * @param limit at most this many offers (1–100); null for 20
     */
    public OffersResponse offers(String template, String gpuName, Double maxPrice, Integer diskGb, Integer limit) {
        return http.get(
                "/api/v1/templates/" + Query.encode(template) + "/offers"
                        + Query.of()
                                .add("gpu_name", gpuName)
                                .add("max_price", maxPrice)
                                .add("disk_gb", diskGb)
                                .add("limit", limit),
                OffersResponse.class);
    }

    /** Asks to be told when an offer matching the request appears for the template. */
    public OfferAlertResponse notifyWhenAvailable(String template, OfferAlertRequest request) {
        return http.post(
                "/api/v1/templates/" + Query.encode(template) + "/offer-alerts", request, OfferAlertResponse.class);
    }

    /** Your offer alerts. */
    public List<OfferAlertResponse> offerAlerts() {
        return http.get("/api/v1/offer-alerts", Types.listOf(OfferAlertResponse.class));
    }

    /**
     * The LLM catalog.
     *
     * @param engine only models that run on this engine ({@code vllm}, {@code sglang}, {@code trtllm}); null for all
     * @param query words to look for; null for all
     */
    public List<ModelResponse> models(String engine, String query) {
        return http.get(
                "/api/v1/models" + Query.of().add("engine", engine).add("q", query), Types.listOf(ModelResponse.class));
    }

    /** One model by its Hugging Face id, such as {@code Qwen/Qwen3-0.6B}. */
    public ModelResponse model(String id) {
        return http.get("/api/v1/models/" + Query.segments(id), ModelResponse.class);
    }

    /**
     * The NVIDIA Dynamo {@code DynamoGraphDeployment} (YAML) the model would be deployed as on Kubernetes with this
     * configuration, checked against the operator's rules and the CRD's schema; fit for {@code kubectl apply -f -}. A
     * configuration that breaks a rule is a {@link DumontException} with status 422 naming each field.
     *
     * @param config null, or only some fields, for the model's defaults
     */
    public String manifest(String modelId, DynamoDeploymentConfig config) {
        return http.postForText(
                "/api/v1/models/" + Query.segments(modelId) + "/manifest",
                config == null ? java.util.Map.of() : config,
                "application/yaml");
    }

    /**
     * GPU models Dumont knows.
     *
     * @param minVram only GPUs with at least this many GB of VRAM; null for all
     */
    public List<GpuModel> gpus(Integer minVram) {
        return http.get("/api/v1/gpus" + Query.of().add("min_vram", minVram), Types.listOf(GpuModel.class));
    }
}
