package cloud.dumont.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.e2e.BrowserExtension.Session;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From the model catalog to a Dynamo manifest previewed live by the packaged server, and to a deployment on the
 * simulated Kubernetes cluster that runs, answers a chat and is deleted.
 */
@ExtendWith(BrowserExtension.class)
class ModelDeployBrowserTest {

    @Test
    void aModelCardOpensTheDeployFormWhosePreviewFollowsTheForm(Session s) {
        Page page = s.page();
        s.open("/models");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Qwen3 0.6B"))
                .click();
        page.waitForURL("**/deploy/Qwen/Qwen3-0.6B");

        // No cluster is configured here: the page says the cluster is simulated, and how many GPUs it has free
        // (other tests' deployments may hold some).
        assertThat(page.getByTestId("cluster-status"))
                .containsText(Pattern.compile("Simulated cluster · \\d of 8 GPUs free"));
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

    @Test
    void deployQwenWithVllmOnTheSimulatedClusterWatchItRunChatWithItAndDeleteIt(Session s) {
        Page page = s.page();
        SignInForm.submit(s, SignInForm.ADMIN, SignInForm.ADMIN_PASSWORD);
        assertThat(page.getByTestId("current-user-email")).isVisible();
        assertThat(page.getByTestId("cluster-indicator")).hasText("Simulated cluster");

        s.open("/deploy/Qwen/Qwen3-0.6B");
        page.locator("#dgd-name").fill("qwen-browser");
        assertThat(page.getByTestId("manifest-preview")).containsText("name: qwen-browser");
        page.getByTestId("deploy-model").click();

        page.waitForURL("**/deployments/*");
        assertThat(page.getByTestId("deployment-summary"))
                .containsText("Kubernetes · simulated · default/qwen-browser · vllm aggregated");
        assertThat(page.getByTestId("deployment-status")).hasText("running", UNTIL_RUNNING);
        assertThat(page.getByTestId("deployment-stepper")).containsText("Pods scheduled");
        Locator pods = page.getByTestId("pod-row");
        assertThat(pods).hasCount(2);
        assertThat(pods.filter(new Locator.FilterOptions().setHasText("Frontend")))
                .containsText("Running");
        assertThat(page.getByTestId("graph-condition")).containsText("Ready");
        assertThat(page.getByTestId("port-forward"))
                .containsText("kubectl port-forward svc/qwen-browser-frontend 8000:8000 -n default");

        page.getByTestId("chat-input").fill("What is NVIDIA Dynamo?");
        page.getByTestId("chat-send").click();
        assertThat(page.getByTestId("chat-assistant")).containsText("Simulated answer");
        assertThat(page.getByTestId("chat-assistant")).containsText("What is NVIDIA Dynamo?");

        s.open("/deployments");
        assertThat(page.getByTestId("deployment-row")
                        .filter(new Locator.FilterOptions().setHasText("Qwen3 0.6B"))
                        .first())
                .containsText("1/1 replica ready");
        page.goBack();

        page.getByTestId("destroy-button").click();
        page.getByTestId("confirm-destroy").click();
        assertThat(page.getByTestId("deployment-status")).hasText("destroyed", UNTIL_RUNNING);
        assertThat(s.consoleErrors()).isEmpty();
    }

    private static final LocatorAssertions.HasTextOptions UNTIL_RUNNING =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);
}
