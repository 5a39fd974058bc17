package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.dumont.api.catalog.GpuModel;
import cloud.dumont.api.catalog.ModelResponse;
import cloud.dumont.api.catalog.TemplateResponse;
import cloud.dumont.api.deployment.OfferAlertRequest;
import cloud.dumont.api.deployment.OfferAlertResponse;
import cloud.dumont.api.deployment.OfferResponse;
import cloud.dumont.api.deployment.OffersResponse;
import cloud.dumont.api.dynamo.DynamoDeploymentConfig;
import cloud.dumont.api.platform.ServerInfo;
import cloud.dumont.testkit.DumontServer;
import cloud.dumont.testkit.DumontServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DumontServerExtension.class)
class CatalogApiTest {

    @Test
    void infoNeedsNoTokenAndSaysTheCloudIsSimulated(DumontServer server) {
        ServerInfo info = Users.anonymous(server).info();

        assertThat(info.simulatedCloud()).isTrue();
        assertThat(info.signupEnabled()).isTrue();
        assertThat(info.version()).isNotBlank();
        assertThat(Users.anonymous(server).baseUrl().toString()).isEqualTo(server.baseUrl());
    }

    @Test
    void aModelsDynamoManifestIsYamlAndABrokenConfigurationNamesItsFields(DumontServer server) {
        CatalogApi catalog = Users.anonymous(server).catalog();

        String yaml = catalog.manifest(
                "Qwen/Qwen3-0.6B",
                new DynamoDeploymentConfig(
                        "chat",
                        "team",
                        "vllm",
                        "disaggregated",
                        2,
                        null,
                        "kv",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        String defaults = catalog.manifest("Qwen/Qwen3-0.6B", null);
        DumontException refused = catchThrowableOfType(
                DumontException.class,
                () -> catalog.manifest(
                        "Qwen/Qwen3-0.6B",
                        new DynamoDeploymentConfig(
                                null, null, null, null, 0, null, null, null, null, null, null, null, null, null,
                                null)));

        assertThat(yaml)
                .contains("kind: DynamoGraphDeployment")
                .contains("name: chat")
                .contains("namespace: team")
                .contains("VllmPrefillWorker:")
                .contains("DYN_ROUTER_MODE");
        assertThat(defaults).contains("name: qwen3-0-6b-vllm");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problem().errors())
                .extracting(Problem.FieldError::field)
                .containsExactly("replicas");
    }

    @Test
    void templatesFilterByVramCategoryAndText(DumontServer server) {
        CatalogApi catalog = Users.anonymous(server).catalog();

        List<TemplateResponse> all = catalog.templates(null, null, null);
        List<TemplateResponse> small = catalog.templates(8, null, null);
        List<TemplateResponse> images = catalog.templates(null, "image-generation", null);
        List<TemplateResponse> jupyter = catalog.templates(null, null, "jupyter");

        assertThat(all).extracting(TemplateResponse::slug).contains("jupyter-lab", "vllm", "comfy-ui");
        assertThat(small).isNotEmpty().allSatisfy(t -> assertThat(t.gpuMinVram())
                .isLessThanOrEqualTo(8));
        assertThat(small)
                .extracting(TemplateResponse::slug)
                .contains("jupyter-lab")
                .doesNotContain("vllm");
        assertThat(images).isNotEmpty().allSatisfy(t -> assertThat(t.category()).isEqualTo("image-generation"));
        assertThat(images)
                .extracting(TemplateResponse::slug)
                .contains("comfy-ui")
                .doesNotContain("jupyter-lab");
        assertThat(jupyter)
                .extracting(TemplateResponse::slug)
                .contains("jupyter-lab")
                .doesNotContain("vllm");
    }

    @Test
    void oneTemplateBySlugAndA404ForAnUnknownOne(DumontServer server) {
        CatalogApi catalog = Users.anonymous(server).catalog();

        TemplateResponse jupyter = catalog.template("jupyter-lab");
        DumontException e = catchThrowableOfType(DumontException.class, () -> catalog.template("no-such-template"));

        assertThat(jupyter.slug()).isEqualTo("jupyter-lab");
        assertThat(jupyter.publisher().official()).isTrue();
        assertThat(jupyter.ports()).isNotEmpty();
        assertThat(jupyter.dockerImage()).isNotBlank();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.problem().detail()).contains("no-such-template");
    }

    @Test
    void offersAreSimulatedCompatibleAndFiltered(DumontServer server) {
        CatalogApi catalog = Users.anonymous(server).catalog();
        int minVram = catalog.template("jupyter-lab").gpuMinVram();

        OffersResponse offers = catalog.offers("jupyter-lab", null, null, null, 5);

        assertThat(offers.simulated()).isTrue();
        assertThat(offers.templateSlug()).isEqualTo("jupyter-lab");
        assertThat(offers.offers()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(offers.offers()).allSatisfy(o -> assertThat(o.gpuRamGb()).isGreaterThanOrEqualTo(minVram));

        String gpu = offers.offers().getFirst().gpuName();
        OffersResponse oneGpu = catalog.offers("jupyter-lab", gpu, null, null, 100);
        assertThat(oneGpu.offers()).isNotEmpty().allSatisfy(o -> assertThat(o.gpuName())
                .isEqualTo(gpu));

        double[] prices = catalog.offers("jupyter-lab", null, null, null, 100).offers().stream()
                .mapToDouble(OfferResponse::pricePerHour)
                .sorted()
                .toArray();
        double median = prices[prices.length / 2];
        assertThat(prices[prices.length - 1]).as("some offers cost more").isGreaterThan(median);
        OffersResponse cheap = catalog.offers("jupyter-lab", null, median, null, 100);
        assertThat(cheap.offers()).isNotEmpty().allSatisfy(o -> assertThat(o.pricePerHour())
                .isLessThanOrEqualTo(median));
    }

    @Test
    void anOfferAlertIsStoredAndListedForItsOwnerOnly(DumontServer server) {
        DumontClient user = Users.signedUp(server, "Alert Asker");

        OfferAlertResponse alert =
                user.catalog().notifyWhenAvailable("jupyter-lab", new OfferAlertRequest("RTX 4090", 0.05));

        assertThat(alert.templateSlug()).isEqualTo("jupyter-lab");
        assertThat(alert.gpuName()).isEqualTo("RTX 4090");
        assertThat(alert.maxPrice()).isEqualTo(0.05);
        assertThat(user.catalog().offerAlerts())
                .extracting(OfferAlertResponse::id)
                .containsExactly(alert.id());
        assertThat(Users.signedUp(server, "Someone Else").catalog().offerAlerts())
                .isEmpty();
    }

    @Test
    void modelsFilterByEngineAndOneIsFoundByAnIdWithASlash(DumontServer server) {
        CatalogApi catalog = Users.anonymous(server).catalog();

        List<ModelResponse> trtllm = catalog.models("trtllm", null);
        List<ModelResponse> qwen = catalog.models(null, "qwen");
        ModelResponse one = catalog.model("Qwen/Qwen3-0.6B");

        assertThat(trtllm).isNotEmpty().allSatisfy(m -> assertThat(m.supportedEngines())
                .contains("trtllm"));
        assertThat(trtllm)
                .extracting(ModelResponse::id)
                .contains("Qwen/Qwen3-0.6B")
                .doesNotContain("deepseek-ai/DeepSeek-R1-Distill-Llama-8B");
        assertThat(catalog.models(null, null)).hasSizeGreaterThan(trtllm.size());
        assertThat(qwen).isNotEmpty().allSatisfy(m -> assertThat(m.id()).containsIgnoringCase("qwen"));
        assertThat(one.id()).isEqualTo("Qwen/Qwen3-0.6B");
        assertThat(one.supportedEngines()).contains("vllm");
        assertThat(one.minGpuMemoryGb()).isPositive();
        DumontException e = catchThrowableOfType(DumontException.class, () -> catalog.model("Nobody/No-Model"));
        assertThat(e.status()).isEqualTo(404);
    }

    @Test
    void gpusFilterByMinimumVram(DumontServer server) {
        CatalogApi catalog = Users.anonymous(server).catalog();

        List<GpuModel> all = catalog.gpus(null);
        List<GpuModel> big = catalog.gpus(24);

        assertThat(big).isNotEmpty().allSatisfy(g -> assertThat(g.vramGb()).isGreaterThanOrEqualTo(24));
        assertThat(all).hasSizeGreaterThan(big.size());
        assertThat(all).anySatisfy(g -> assertThat(g.vramGb()).isLessThan(24));
    }
}
