package cloud.dumont.provider.vast;

import static cloud.dumont.provider.vast.VastSimulatorAdapterTest.assertKind;
import static cloud.dumont.provider.vast.VastTestSupport.argsOrder;
import static cloud.dumont.provider.vast.VastTestSupport.onstartOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.InstanceState;
import cloud.dumont.provider.OfferFilter;
import cloud.dumont.provider.ProviderException;
import cloud.dumont.provider.ProviderException.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The adapter against answers shaped as the Vast.ai reference records them, played back by a fixture server. */
class VastRecordedAnswersTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String SHOW = "/api/v0/instances/7835610/";
    private static final String ASK = "/api/v0/asks/12345678/";
    private static final String LIST = "/api/v1/instances/";
    private static final String EMPTY_LIST = "{\"success\": true, \"instances\": [], \"next_token\": null}";

    private final VastFixtureServer vast = new VastFixtureServer();
    private final VastGpuCloud cloud = VastTestSupport.cloud(vast.baseUrl(), KEY, new SimpleMeterRegistry());

    @AfterEach
    void stop() {
        cloud.close();
        vast.close();
    }

    @Test
    void aRunningInstanceHasItsAddressPortsAndUtilisation() {
        vast.answer("GET", SHOW, 200, "show-running.json");

        CloudInstance instance = cloud.instance(7835610).orElseThrow();

        assertThat(instance.state()).isEqualTo(InstanceState.RUNNING);
        assertThat(instance.publicIp()).isEqualTo("203.0.113.42");
        assertThat(instance.ports()).containsOnly(Map.entry(22, 50001), Map.entry(8000, 50000));
        assertThat(instance.address(8000)).isEqualTo("203.0.113.42:50000");
        assertThat(instance)
                .returns(88888L, CloudInstance::machineId)
                .returns("dumont:42:1", CloudInstance::label)
                .returns("RTX 4090", CloudInstance::gpuName)
                .returns(0.3572, CloudInstance::pricePerHour)
                .returns(37.0, CloudInstance::gpuUtilization);
        VastFixtureServer.Call call = vast.calls().getFirst();
        assertThat(call.query()).isEqualTo("owner=me");
        assertThat(call.authorization()).isEqualTo("Bearer " + KEY);
    }

    @Test
    void nullPortsAreARunningInstanceWithoutDirectPorts() {
        vast.answer("GET", SHOW, 200, "show-ports-null.json");

        CloudInstance instance = cloud.instance(7835610).orElseThrow();

        assertThat(instance.state()).isEqualTo(InstanceState.RUNNING);
        assertThat(instance.ports()).isEmpty();
        assertThat(instance.address(8000)).isNull();
        assertThat(instance.publicIp()).isEqualTo("203.0.113.42");
        assertThat(instance.gpuUtilization()).isNull();
    }

    @Test
    void statusesMapToWhatTheEngineNeeds() {
        assertThat(stateOf("show-provisioning.json")).isEqualTo(InstanceState.CREATING);
        assertThat(stateOf("show-loading.json")).isEqualTo(InstanceState.LOADING);
        assertThat(stateOf("show-oci-error.json")).isEqualTo(InstanceState.BROKEN);
        assertThat(stateOf("show-exited.json")).isEqualTo(InstanceState.BROKEN);
        assertThat(stateOf("show-outbid.json")).isEqualTo(InstanceState.STOPPED);
    }

    @Test
    void instancesNullMeansGone() {
        vast.answer("GET", SHOW, 200, "show-gone.json");
        assertThat(cloud.instance(7835610)).isEmpty();
    }

    @Test
    void anUnreadableSuccessIsNotTakenForGone() {
        vast.answerText("GET", SHOW, 200, "text/html", "<html>maintenance</html>");
        assertKind(() -> cloud.instance(7835610), Kind.TRANSIENT);
    }

    @Test
    void aCreateSendsTheDocumentedBody() {
        vast.answer("PUT", ASK, 200, "create-success.json");

        assertThat(cloud.create(argsOrder(12345678, "dumont:42:1"))).isEqualTo(7835610);

        JsonNode body =
                VastJson.MAPPER.readTree(vast.calls("PUT", ASK).getFirst().body());
        assertThat(body.path("client_id").stringValue()).isEqualTo("me");
        assertThat(body.path("image").stringValue()).isEqualTo("vllm/vllm-openai:latest");
        assertThat(body.path("disk").intValue()).isEqualTo(20);
        assertThat(body.path("label").stringValue()).isEqualTo("dumont:42:1");
        assertThat(body.path("env").path("-p 8000:8000").stringValue()).isEqualTo("1");
        assertThat(body.path("env").path("HF_TOKEN").stringValue()).isEqualTo("hf_secret");
        assertThat(body.path("runtype").stringValue()).isEqualTo("args");
        assertThat(body.path("args").toString())
                .isEqualTo("[\"--model\",\"Qwen/Qwen2.5-3B-Instruct\",\"--port\",\"8000\"]");
        assertThat(body.has("onstart")).isFalse();
        assertThat(body.path("cancel_unavail").booleanValue()).isTrue();
    }

    @Test
    void anOnstartCreateUsesVastsSshRuntype() {
        vast.answer("PUT", ASK, 200, "create-success.json");

        cloud.create(onstartOrder(12345678, "dumont:42:2"));

        JsonNode body =
                VastJson.MAPPER.readTree(vast.calls("PUT", ASK).getFirst().body());
        assertThat(body.path("runtype").stringValue()).isEqualTo("ssh_direc ssh_proxy");
        assertThat(body.path("onstart").stringValue()).isEqualTo("python3 -m http.server 8080");
        assertThat(body.has("args")).isFalse();
    }

    @Test
    void anErrorThatStillNamesAContractDestroysIt() {
        vast.answer("PUT", ASK, 400, "create-error-new-contract.json");
        vast.answer("DELETE", "/api/v0/instances/7835611/", 200, "destroy-success.json");

        assertThatThrownBy(() -> cloud.create(argsOrder(12345678, "dumont:42:3")))
                .hasMessageContaining("invalid_price")
                .extracting(e -> ((ProviderException) e).kind())
                .isEqualTo(Kind.REJECTED);
        assertThat(vast.calls("DELETE", "/api/v0/instances/7835611/"))
                .singleElement()
                .extracting(VastFixtureServer.Call::body)
                .isEqualTo("{}");
        assertThat(vast.calls("PUT", ASK)).hasSize(1);
    }

    @Test
    void createRefusalsMapToTheirKinds() {
        vast.answer("PUT", ASK, 404, "create-no-such-ask.json");
        assertKind(() -> cloud.create(argsOrder(12345678, "dumont:42:4")), Kind.OFFER_GONE);
        vast.answer("PUT", "/api/v0/asks/1/", 410, "create-unavailable.json");
        assertKind(() -> cloud.create(argsOrder(1, "dumont:42:5")), Kind.OFFER_GONE);
        vast.answer("PUT", "/api/v0/asks/2/", 400, "create-invalid-args.json");
        assertKind(() -> cloud.create(argsOrder(2, "dumont:42:6")), Kind.REJECTED);
        vast.answer("PUT", "/api/v0/asks/3/", 401, "auth-401.json");
        assertKind(() -> cloud.create(argsOrder(3, "dumont:42:7")), Kind.AUTH);
        assertThat(vast.calls()).hasSize(4); // none of them retried
    }

    @Test
    void aPlainTextRateLimitIsRetried() {
        vast.answer("PUT", ASK, 429, "rate-limited.txt").answer("PUT", ASK, 200, "create-success.json");

        assertThat(cloud.create(argsOrder(12345678, "dumont:42:8"))).isEqualTo(7835610);
        assertThat(vast.calls("GET", LIST)).isEmpty(); // a 429 rented nothing: no need to look
    }

    @Test
    void aRateLimitThatLastsIsTransientAndSaysSo() {
        vast.answer("GET", SHOW, 429, "rate-limited.txt");

        assertThatThrownBy(() -> cloud.instance(7835610)).hasMessageContaining("API requests too frequent");
        assertThat(vast.calls()).hasSize(4);
    }

    @Test
    void aProxyPageIsTransientAndStaysOutOfTheMessage() {
        vast.answer("GET", SHOW, 502, "gateway-502.html");

        assertThatThrownBy(() -> cloud.instance(7835610))
                .hasMessage("Vast.ai show: HTTP 502")
                .extracting(e -> ((ProviderException) e).kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aCreateWithAnUnknownOutcomeIsFoundByItsLabel() {
        vast.answer("PUT", ASK, 502, "gateway-502.html");
        vast.answer("GET", LIST, 200, "list-page1.json").answer("GET", LIST, 200, "list-page2.json");

        assertThat(cloud.create(argsOrder(12345678, "dumont:43:1"))).isEqualTo(1003);
        assertThat(vast.calls("PUT", ASK)).hasSize(1);
    }

    @Test
    void anOfferTakenByTheUnconfirmedAttemptItselfIsFoundByItsLabel() {
        vast.answer("PUT", ASK, 502, "gateway-502.html").answer("PUT", ASK, 404, "create-no-such-ask.json");
        vast.answerText("GET", LIST, 200, "application/json", EMPTY_LIST).answer("GET", LIST, 200, "list-page2.json");

        assertThat(cloud.create(argsOrder(12345678, "dumont:43:1"))).isEqualTo(1003);
        assertThat(vast.calls("PUT", ASK)).hasSize(2);
    }

    @Test
    void aCreateThatStaysUnconfirmedSaysToLookAgain() {
        vast.answer("PUT", ASK, 504, "gateway-502.html");
        vast.answerText("GET", LIST, 200, "application/json", EMPTY_LIST);

        assertThatThrownBy(() -> cloud.create(argsOrder(12345678, "dumont:44:1")))
                .hasMessageContaining("did not confirm the create of dumont:44:1")
                .extracting(e -> ((ProviderException) e).kind())
                .isEqualTo(Kind.TRANSIENT);
        assertThat(vast.calls("PUT", ASK)).hasSize(4);
        assertThat(vast.calls("GET", LIST)).hasSize(4); // before attempts 2 to 4, and once after the last
    }

    @Test
    void labelsAreMatchedByPrefixOverEveryPage() {
        vast.answer("GET", LIST, 200, "list-page1.json").answer("GET", LIST, 200, "list-page2.json");

        List<CloudInstance> found = cloud.instancesLabelled("dumont:");

        assertThat(found).extracting(CloudInstance::id).containsExactly(1001L, 1003L);
        List<VastFixtureServer.Call> pages = vast.calls("GET", LIST);
        assertThat(pages.get(0).query())
                .contains("limit=25")
                .contains("order_by=")
                .doesNotContain("after_token");
        assertThat(pages.get(1).query()).contains("after_token=eyJ2YWx1ZXMiOiB7ImlkIjogMTAwMn19");
    }

    @Test
    void destroyingWhatIsGoneSucceeds() {
        vast.answer("DELETE", SHOW, 404, "destroy-not-found.json");
        cloud.destroy(7835610);
        assertThat(vast.calls()).hasSize(1);
    }

    @Test
    void aWrongKeyIsAuthAlsoWhenVastSays404() {
        vast.answer("POST", "/api/v0/bundles/", 404, "auth-404.json");
        assertKind(() -> cloud.searchOffers(VastTestSupport.anyGpu(24)), Kind.AUTH);
        vast.answer("GET", SHOW, 401, "auth-401.json");
        assertKind(() -> cloud.instance(7835610), Kind.AUTH);
    }

    @Test
    void searchSendsTheFilterAndReadsTheOffers() {
        vast.answer("POST", "/api/v0/bundles/", 200, "bundles.json");

        List<CloudOffer> offers = cloud.searchOffers(new OfferFilter(24, 12.1, 0.98, "RTX 4090", 0.8, 50, 10));

        assertThat(offers).hasSize(2);
        assertThat(offers.getFirst())
                .isEqualTo(new CloudOffer(
                        12345678,
                        88888,
                        "RTX 4090",
                        1,
                        24564,
                        0.3572,
                        0.9956,
                        "Texas, US",
                        2400.5,
                        12.4,
                        true,
                        512.0,
                        0.18,
                        0.0072));
        assertThat(offers.get(1))
                .returns("Tesla T4", CloudOffer::gpuName)
                .returns(1, CloudOffer::numGpus)
                .returns(0.97, CloudOffer::reliability)
                .returns(true, CloudOffer::verified);
        JsonNode query = VastJson.MAPPER.readTree(vast.calls().getFirst().body());
        assertThat(query.path("gpu_ram").path("gte").intValue()).isEqualTo(22855);
        assertThat(query.path("cuda_max_good").path("gte").doubleValue()).isEqualTo(12.1);
        assertThat(query.path("reliability").path("gte").doubleValue()).isEqualTo(0.98);
        assertThat(query.path("disk_space").path("gte").intValue()).isEqualTo(50);
        assertThat(query.path("allocated_storage").intValue()).isEqualTo(50);
        assertThat(query.path("dph_total").path("lte").doubleValue()).isEqualTo(0.8);
        assertThat(query.path("gpu_name").path("eq").stringValue()).isEqualTo("RTX 4090");
        assertThat(query.path("num_gpus").path("eq").intValue()).isEqualTo(1);
        assertThat(query.path("direct_port_count").path("gte").intValue()).isEqualTo(1);
        assertThat(query.path("verified").path("eq").booleanValue()).isTrue();
        assertThat(query.path("rented").path("eq").booleanValue()).isFalse();
        assertThat(query.path("type").stringValue()).isEqualTo("on-demand");
        assertThat(query.path("limit").intValue()).isEqualTo(10);
        assertThat(query.path("order").toString()).isEqualTo("[[\"dph_total\",\"asc\"],[\"reliability\",\"desc\"]]");
    }

    @Test
    void aMarketSearchOfAnyGpuCountSendsNoCountFilter() {
        vast.answer("POST", "/api/v0/bundles/", 200, "bundles.json");

        cloud.searchOffers(new OfferFilter(0, 0, 0, "RTX 4090", null, 10, 500, null));

        JsonNode query = VastJson.MAPPER.readTree(vast.calls().getFirst().body());
        assertThat(query.has("num_gpus")).isFalse();
        assertThat(query.path("limit").intValue()).isEqualTo(500);
    }

    @Test
    void aRegionIsSentAsTheCountryCodesItsGeolocationMayEndInAndUnverifiedHostsAreAskedForExplicitly() {
        vast.answer("POST", "/api/v0/bundles/", 200, "bundles.json");

        cloud.searchOffers(new OfferFilter(0, 0, 0, null, null, 10, 5, 1, java.util.Set.of("FR", "DE"), false));

        JsonNode query = VastJson.MAPPER.readTree(vast.calls().getFirst().body());
        assertThat(query.path("geolocation").path("in").toString()).isEqualTo("[\"DE\",\"FR\"]");
        // A server that applied the CLI's verified default when the filter is absent would still hide them.
        assertThat(query.path("verified").path("in").toString()).isEqualTo("[true,false]");
        assertThat(query.path("verified").has("eq")).isFalse();
    }

    private InstanceState stateOf(String fixture) {
        try (VastFixtureServer one = new VastFixtureServer();
                VastGpuCloud reader = VastTestSupport.cloud(one.baseUrl(), KEY, new SimpleMeterRegistry())) {
            one.answer("GET", SHOW, 200, fixture);
            return reader.instance(7835610).orElseThrow().state();
        }
    }
}
