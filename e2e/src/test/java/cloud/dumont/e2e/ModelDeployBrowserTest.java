package cloud.dumont.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.e2e.BrowserExtension.Session;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** From the model catalog to a Dynamo manifest, previewed live by the packaged server. */
@ExtendWith(BrowserExtension.class)
class ModelDeployBrowserTest {

    @Test
    void aModelCardOpensTheDeployFormWhosePreviewFollowsTheForm(Session s) {
        Page page = s.page();
        s.open("/models");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Qwen3 0.6B"))
                .click();
        page.waitForURL("**/deploy/Qwen/Qwen3-0.6B");

        // No cluster is configured here: the page says the cluster is simulated, and how many GPUs it has free.
        assertThat(page.getByTestId("cluster-status")).containsText("Simulated cluster · 8 of 8 GPUs free");
        Locator preview = page.getByTestId("manifest-preview");
        assertThat(preview).containsText("kind: DynamoGraphDeployment");
        assertThat(preview).containsText("name: qwen3-0-6b-vllm");
        assertThat(preview).containsText("gpu: \"1\"");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("SGLang"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disaggregated"))
                .click();
        assertThat(preview).containsText("backendFramework: sglang");
        assertThat(preview).containsText("subComponentType: prefill");
        assertThat(page.getByText("kubectl port-forward svc/qwen3-0-6b-sglang-frontend 8000:8000 -n default"))
                .isVisible();

        page.getByLabel("Replicas").fill("11");
        assertThat(page.getByTestId("field-error")).hasText("must be 1 to 10");
        assertThat(s.consoleErrors()).allMatch(e -> e.contains("422"));
    }
}
