package cloud.dumont.marketplace.search;

import static cloud.dumont.marketplace.search.TestTemplate.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateSearchFilterAndFacetTest {

    private final TemplateSearchIndex index = new TemplateSearchIndex();

    private final SearchDocument comfy = named("ComfyUI")
            .category("image-generation")
            .tags("stable-diffusion", "workflow")
            .architectures("amd64")
            .regions("eu-west", "us-east")
            .official(true)
            .rating(4.8, 120)
            .build();
    private final SearchDocument webui = named("Stable Diffusion WebUI")
            .category("Image-Generation")
            .tags("Stable-Diffusion", "sdxl")
            .architectures("amd64", "arm64")
            .regions("us-east")
            .rating(4.5, 40)
            .build();
    private final SearchDocument vllm = named("vLLM Server")
            .category("llm-inference")
            .tags("llm", "stable")
            .architectures("arm64")
            .regions("eu-west")
            .official(true)
            .rating(4.49, 300)
            .build();
    private final SearchDocument ollama = named("Ollama")
            .category("llm-inference")
            .tags("llm")
            .architectures("amd64")
            .regions("ap-south")
            .rating(3.9, 10)
            .build();

    @BeforeEach
    void fill() {
        index.upsertAll(List.of(comfy, webui, vllm, ollama));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<UUID> ids(TestQuery query) {
        return index.search(query.build()).ids();
    }

    @Test
    void categoryMatchesTheWholeValueIgnoringCase() {
        assertThat(ids(TestQuery.all().category("IMAGE-generation"))).containsExactlyInAnyOrder(comfy.id(), webui.id());
        assertThat(ids(TestQuery.all().category("image"))).isEmpty();
    }

    @Test
    void tagMatchesTheWholeTagIgnoringCase() {
        assertThat(ids(TestQuery.all().tag("stable-diffusion"))).containsExactlyInAnyOrder(comfy.id(), webui.id());
        assertThat(ids(TestQuery.all().tag("stable"))).containsExactly(vllm.id());
        assertThat(ids(TestQuery.all().tag("SDXL"))).containsExactly(webui.id());
    }

    @Test
    void architectureAndRegionKeepTemplatesThatListThem() {
        assertThat(ids(TestQuery.all().architecture("arm64"))).containsExactlyInAnyOrder(webui.id(), vllm.id());
        assertThat(ids(TestQuery.all().region("us-east"))).containsExactlyInAnyOrder(comfy.id(), webui.id());
        assertThat(ids(TestQuery.all().region("ap-south"))).containsExactly(ollama.id());
    }

    @Test
    void minRatingKeepsRatingsAtLeastThatHigh() {
        assertThat(ids(TestQuery.all().minRating(4.5))).containsExactlyInAnyOrder(comfy.id(), webui.id());
        assertThat(ids(TestQuery.all().minRating(4.49))).containsExactlyInAnyOrder(comfy.id(), webui.id(), vllm.id());
        assertThat(ids(TestQuery.all().minRating(5))).isEmpty();
    }

    @Test
    void officialKeepsOfficialOrCommunityTemplates() {
        assertThat(ids(TestQuery.all().official(true))).containsExactlyInAnyOrder(comfy.id(), vllm.id());
        assertThat(ids(TestQuery.all().official(false))).containsExactlyInAnyOrder(webui.id(), ollama.id());
    }

    @Test
    void filtersCombineWithEachOtherAndWithText() {
        assertThat(ids(TestQuery.all().category("llm-inference").architecture("amd64")))
                .containsExactly(ollama.id());
        assertThat(ids(TestQuery.text("stable").category("image-generation")))
                .containsExactlyInAnyOrder(comfy.id(), webui.id());
        assertThat(ids(TestQuery.text("stable").official(true).minRating(4.6))).containsExactly(comfy.id());
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        SearchHits hits = index.search(TestQuery.all().page(0, 1).build());

        assertThat(hits.ids()).hasSize(1);
        assertThat(hits.total()).isEqualTo(4);
        assertThat(hits.facets()).containsOnlyKeys("category", "tag", "architecture");
        assertThat(hits.facets().get("category"))
                .containsExactly(new FacetCount("image-generation", 2), new FacetCount("llm-inference", 2));
        assertThat(hits.facets().get("tag"))
                .containsExactly(
                        new FacetCount("llm", 2),
                        new FacetCount("stable-diffusion", 2),
                        new FacetCount("sdxl", 1),
                        new FacetCount("stable", 1),
                        new FacetCount("workflow", 1));
        assertThat(hits.facets().get("architecture"))
                .containsExactly(new FacetCount("amd64", 3), new FacetCount("arm64", 2));
    }

    @Test
    void facetsCountOnlyTheMatchesOfTextAndFilters() {
        SearchHits byText = index.search(TestQuery.text("llm").build());
        assertThat(byText.total()).isEqualTo(2);
        assertThat(byText.facets().get("category")).containsExactly(new FacetCount("llm-inference", 2));
        assertThat(byText.facets().get("architecture"))
                .containsExactly(new FacetCount("amd64", 1), new FacetCount("arm64", 1));

        SearchHits byFilter = index.search(TestQuery.all().architecture("arm64").build());
        assertThat(byFilter.total()).isEqualTo(2);
        assertThat(byFilter.facets().get("category"))
                .containsExactly(new FacetCount("image-generation", 1), new FacetCount("llm-inference", 1));
        // The architecture filter narrows the matches, not their other architectures.
        assertThat(byFilter.facets().get("architecture"))
                .containsExactly(new FacetCount("arm64", 2), new FacetCount("amd64", 1));
        assertThat(byFilter.facets().get("tag"))
                .containsExactly(
                        new FacetCount("llm", 1),
                        new FacetCount("sdxl", 1),
                        new FacetCount("stable", 1),
                        new FacetCount("stable-diffusion", 1));
    }

    @Test
    void noMatchesGiveEmptyFacets() {
        SearchHits hits = index.search(TestQuery.text("nothingmatchesthis").build());

        assertThat(hits.ids()).isEmpty();
        assertThat(hits.total()).isZero();
        assertThat(hits.facets().get("category")).isEmpty();
        assertThat(hits.facets().get("tag")).isEmpty();
        assertThat(hits.facets().get("architecture")).isEmpty();
    }
}
