package cloud.dumont.marketplace.search;

import static cloud.dumont.marketplace.search.TestTemplate.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TemplateSearchRelevanceTest {

    private final TemplateSearchIndex index = new TemplateSearchIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private List<UUID> search(String text) {
        return index.search(TestQuery.text(text).build()).ids();
    }

    private static List<UUID> ids(SearchDocument... documents) {
        return Arrays.stream(documents).map(SearchDocument::id).toList();
    }

    @Test
    void anExactNameRanksFirstOverTemplatesThatOnlyMentionTheWord() {
        SearchDocument exact =
                named("JupyterLab").description("Notebooks in the browser").build();
        SearchDocument inDescription = named("Notebook Server")
                .description("A lighter alternative to JupyterLab for teams")
                .readme("jupyterlab extensions: jupyterlab-git, jupyterlab-lsp. Works like jupyterlab.")
                .launches(10_000)
                .build();
        SearchDocument inReadme = named("Data Science Box")
                .readme("Comes with JupyterLab, pandas and scikit-learn preinstalled.")
                .launches(5_000)
                .build();
        index.upsertAll(List.of(inDescription, inReadme, exact, named("Whisper").build()));

        assertThat(search("jupyterlab")).containsExactly(exact.id(), inDescription.id(), inReadme.id());
        assertThat(search("  JUPYTERLAB ")).first().isEqualTo(exact.id());
    }

    @Test
    void anExactNameRanksAboveLongerNamesThatContainItAndMentionItEverywhere() {
        SearchDocument webui = named("Stable Diffusion WebUI")
                .tags("stable-diffusion", "diffusion")
                .description("Stable Diffusion in the browser: stable diffusion made easy")
                .readme("Stable Diffusion, stable diffusion, stable diffusion.")
                .launches(90_000)
                .build();
        SearchDocument xl = named("Stable Diffusion XL Turbo").launches(50_000).build();
        SearchDocument exact = named("Stable Diffusion").launches(3).build();
        index.upsertAll(List.of(webui, xl, exact));

        assertThat(search("stable diffusion")).containsExactly(exact.id(), webui.id(), xl.id());
    }

    @Test
    void fieldsWeighNameThenTagsThenAuthorThenDescriptionThenReadme() {
        SearchDocument byName = named("Whisper Transcriber").build();
        SearchDocument byTag = named("Speech Box").tags("whisper").build();
        SearchDocument byAuthor =
                named("Audio Kit").author("whisper", "Jane Doe").build();
        SearchDocument byDescription = named("Voice Tools")
                .description("Transcribes speech with whisper")
                .build();
        SearchDocument byReadme = named("Subtitle Maker")
                .readme("Transcribes speech with whisper")
                .build();
        index.upsertAll(List.of(
                byReadme,
                byDescription,
                byAuthor,
                byTag,
                byName,
                named("Unrelated").build()));

        assertThat(search("whisper")).containsExactlyElementsOf(ids(byName, byTag, byAuthor, byDescription, byReadme));
    }

    @Test
    void aTagMatchIsFoundAndHyphenatedTagsMatchTheirWords() {
        SearchDocument flux = named("Node Graph Studio").tags("comfyui", "flux").build();
        SearchDocument sd = named("Painter").tags("stable-diffusion").build();
        index.upsertAll(List.of(flux, sd, named("Other").tags("llm").build()));

        assertThat(search("flux")).containsExactly(flux.id());
        assertThat(search("diffusion")).containsExactly(sd.id());
        assertThat(search("ComfyUI")).containsExactly(flux.id());
    }

    @Test
    void typosInANameStillFindIt() {
        SearchDocument sd = named("Stable Diffusion WebUI").tags("image").build();
        SearchDocument jupyter = named("JupyterLab").tags("notebook").build();
        SearchDocument whisper = named("Whisper Transcriber").tags("audio").build();
        index.upsertAll(List.of(sd, jupyter, whisper, named("Stable Video").build()));

        assertThat(search("stabel difusion")).first().isEqualTo(sd.id());
        assertThat(search("jupyterlb")).containsExactly(jupyter.id());
        assertThat(search("wisper")).containsExactly(whisper.id());
        assertThat(search("notebok")).containsExactly(jupyter.id());
    }

    @Test
    void anExactWordRanksAboveATypoTolerantMatch() {
        SearchDocument typo = named("Lama Cleaner").launches(1_000_000).build();
        SearchDocument exact = named("Llama Chat").launches(1).build();
        index.upsertAll(List.of(typo, exact));

        assertThat(search("llama")).containsExactly(exact.id(), typo.id());
    }

    @Test
    void shortWordsGetNoTypoTolerance() {
        index.upsertAll(
                List.of(named("CPU Miner").description("Mines on the processor").build()));

        assertThat(search("gpu")).isEmpty();
        assertThat(search("cpu")).hasSize(1);
    }

    @Test
    void templatesWithMoreOfTheWordsRankHigherAndNoWordIsRequired() {
        SearchDocument all = named("Research Box")
                .readme("pytorch diffusion training recipes")
                .build();
        SearchDocument two = named("PyTorch Diffusion").build();
        SearchDocument one = named("PyTorch")
                .tags("pytorch")
                .description("PyTorch with CUDA")
                .launches(1_000_000)
                .build();
        index.upsertAll(List.of(one, two, all, named("Whisper").build()));

        assertThat(search("pytorch diffusion training")).containsExactly(all.id(), two.id(), one.id());
        assertThat(search("pytorch nosuchwordanywhere")).containsExactlyInAnyOrder(all.id(), two.id(), one.id());
    }

    @Test
    void partsOfCompoundNamesAreFound() {
        SearchDocument jupyter = named("JupyterLab").build();
        SearchDocument llama = named("Llama3 Chat").build();
        index.upsertAll(List.of(jupyter, llama));

        assertThat(search("jupyter")).containsExactly(jupyter.id());
        assertThat(search("lab")).containsExactly(jupyter.id());
        assertThat(search("llama")).containsExactly(llama.id());
        assertThat(search("llama3")).containsExactly(llama.id());
    }

    @Test
    void authorsAndSlugsAreSearched() {
        SearchDocument byAlice =
                named("Render Farm").author("alice_w", "Alice Wonder").build();
        SearchDocument bySlug = named("Something").slug("vision-toolkit").build();
        index.upsertAll(List.of(byAlice, bySlug));

        assertThat(search("wonder")).containsExactly(byAlice.id());
        assertThat(search("alice_w")).containsExactly(byAlice.id());
        assertThat(search("toolkit")).containsExactly(bySlug.id());
    }

    @Test
    void blankTextOrStopWordsOnlyListEverythingMostLaunchedFirst() {
        SearchDocument few = named("Few").launches(1).build();
        SearchDocument many = named("Many").launches(100).build();
        index.upsertAll(List.of(few, many));

        assertThat(search(null)).containsExactly(many.id(), few.id());
        assertThat(search("   ")).containsExactly(many.id(), few.id());
        assertThat(search("the of")).containsExactly(many.id(), few.id());
    }
}
