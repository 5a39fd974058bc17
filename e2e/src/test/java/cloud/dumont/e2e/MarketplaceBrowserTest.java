package cloud.dumont.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.e2e.BrowserExtension.Session;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person browsing the marketplace in a real browser against the packaged server. */
@ExtendWith(BrowserExtension.class)
class MarketplaceBrowserTest {

    @Test
    void browseFilterAndOpenATemplateGuide(Session s) {
        Page page = s.page();
        s.open("/templates");

        Locator cards = page.getByTestId("template-card");
        assertThat(cards).hasCount(4);

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("16+ GB").setExact(true))
                .click();
        assertThat(cards).hasCount(1);
        assertThat(cards.first()).containsText("vLLM");

        cards.first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Deploy Now"))
                .click();
        page.waitForURL("**/templates/vllm");

        Locator guide = page.getByTestId("template-guide");
        // Rendered Markdown, not source: headings and code blocks become elements.
        assertThat(guide.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Query the API")))
                .isVisible();
        assertThat(guide.locator("pre code").first()).containsText("/v1/chat/completions");
        assertThat(guide).not().containsText("## Query the API");
        assertThat(page.getByTestId("first-boot-warning")).isVisible();
        assertThat(s.consoleErrors()).isEmpty();
    }

    @Test
    void deepLinkLoadsTheAppOnATemplatePage(Session s) {
        s.open("/templates/jupyter-lab");

        assertThat(s.page()
                        .getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName("JupyterLab")
                                        .setExact(true)))
                .isVisible();
        assertThat(s.page().getByTestId("template-guide")).containsText("/home/jovyan/work");
        assertThat(s.consoleErrors()).isEmpty();
    }

    @Test
    void modelCatalogListsEightModelsAndFiltersByEngine(Session s) {
        Page page = s.page();
        s.open("/models");

        assertThat(page.getByTestId("model-card")).hasCount(8);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("TensorRT-LLM").setExact(true))
                .click();
        assertThat(page.getByTestId("model-card")).hasCount(6);
        assertThat(s.consoleErrors()).isEmpty();
    }

    @Test
    void adminSignsInAndOut(Session s) {
        Page page = s.page();
        SignInForm.submit(s, "admin@dumont.local", "dumont-admin");

        assertThat(page.getByTestId("current-user-email")).hasText("admin@dumont.local");
        assertThat(page.getByTestId("banner-default-admin")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByTestId("current-user-email")).hasCount(0);
        assertThat(s.consoleErrors()).isEmpty();
    }

    @Test
    void wrongPasswordShowsTheServersMessage(Session s) {
        Locator form = SignInForm.submit(s, "admin@dumont.local", "not-the-password");

        assertThat(form.getByText("Wrong email or password")).isVisible();
        assertThat(s.page().url()).endsWith("/login");
    }
}
