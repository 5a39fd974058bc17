package cloud.dumont.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.e2e.BrowserExtension.Session;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The heart of the product in a real browser: deploy JupyterLab from its template page into the simulated cloud,
 * watch it reach running, open the link it gives and find the (simulated) JupyterLab, then destroy it.
 */
@ExtendWith(BrowserExtension.class)
class DeployBrowserTest {

    /** Simulated boots take a few seconds (see DumontServer); provisioning is polled every 2 s. */
    private static final LocatorAssertions.HasTextOptions UNTIL_RUNNING =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @Test
    void deployJupyterLabWatchItRunOpenItAndDestroyIt(Session s) {
        Page page = s.page();
        SignInForm.submit(s, SignInForm.ADMIN, SignInForm.ADMIN_PASSWORD);
        assertThat(page.getByTestId("current-user-email")).isVisible();

        s.open("/templates/jupyter-lab");
        Locator form = page.getByTestId("deploy-form");
        assertThat(form.getByTestId("offer-option").first()).isVisible();
        assertThat(page.getByTestId("banner-simulated-cloud")).isVisible();
        form.getByTestId("deploy-button").click();

        page.waitForURL("**/deployments/*");
        assertThat(page.getByTestId("deployment-stepper")).isVisible();
        assertThat(page.getByTestId("deployment-status")).hasText("running", UNTIL_RUNNING);
        assertThat(page.getByTestId("event-timeline")).containsText("ready");

        Locator link = page.getByTestId("endpoint-link").first();
        assertThat(link.getAttribute("href")).contains("token=");
        Page app = page.context().waitForPage(link::click);
        app.waitForLoadState();
        assertThat(app.locator("body")).containsText("SIMULATED JupyterLab");
        app.close();

        page.getByTestId("destroy-button").click();
        page.getByTestId("confirm-destroy").click();
        assertThat(page.getByTestId("deployment-status")).hasText("destroyed", UNTIL_RUNNING);
        assertThat(s.consoleErrors()).isEmpty();
    }

    @Test
    void theDeploymentsPageListsDeploymentsLive(Session s) {
        Page page = s.page();
        SignInForm.submit(s, SignInForm.ADMIN, SignInForm.ADMIN_PASSWORD);
        assertThat(page.getByTestId("current-user-email")).isVisible();

        s.open("/templates/comfy-ui");
        page.getByTestId("deploy-form").getByTestId("deploy-button").click();
        page.waitForURL("**/deployments/*");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);

        s.open("/deployments");
        Locator row = page.getByTestId("deployment-row").filter(new Locator.FilterOptions().setHasText("ComfyUI"));
        assertThat(page.getByTestId("deployments-table")).isVisible();
        assertThat(row.first()).containsText("running", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

        // All, not Active: a destroy on the simulated cloud can finish between two polls of the list, and Active
        // hides a destroyed deployment.
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("All").setExact(true))
                .click();
        row.first().getByTestId("destroy-button").click();
        page.getByTestId("confirm-destroy").click();
        assertThat(row.first()).containsText("destroy", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(id).isNotBlank();
        assertThat(s.consoleErrors()).isEmpty();
    }

    @Test
    void deployingWithRaceShowsTheRacersAndKeepsOnlyTheWinner(Session s) {
        Page page = s.page();
        SignInForm.submit(s, SignInForm.ADMIN, SignInForm.ADMIN_PASSWORD);
        assertThat(page.getByTestId("current-user-email")).isVisible();

        s.open("/templates/jupyter-lab");
        Locator form = page.getByTestId("deploy-form");
        assertThat(form.getByTestId("offer-option").first()).isVisible();
        form.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Race 3 hosts"))
                .click();
        form.getByTestId("deploy-button").click();

        page.waitForURL("**/deployments/*");
        assertThat(page.getByTestId("deployment-status")).hasText("running", UNTIL_RUNNING);
        Locator racers = page.getByTestId("attempt-row");
        assertThat(racers).hasCount(3);
        assertThat(page.locator("[data-testid=attempt-row][data-outcome=ready]"))
                .hasCount(1);
        assertThat(page.locator("[data-testid=attempt-row][data-outcome=lost]")).hasCount(2);
        assertThat(page.getByTestId("attempts")).containsText("Race: several hosts at once");
        assertThat(page.getByTestId("event-timeline")).containsText("won the race");

        page.getByTestId("destroy-button").click();
        page.getByTestId("confirm-destroy").click();
        assertThat(page.getByTestId("deployment-status")).hasText("destroyed", UNTIL_RUNNING);
        assertThat(s.consoleErrors()).isEmpty();
    }
}
