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
 * Hibernation as a user sees it: a running JupyterLab is hibernated by hand, its agent snapshots the workspace before
 * the stop, the page shows the stage (stopped, disk kept) on its stage timeline and lists the snapshot, and Wake
 * brings the same deployment back to running.
 */
@ExtendWith(BrowserExtension.class)
class HibernationBrowserTest {

    private static final LocatorAssertions.HasTextOptions SLOW =
            new LocatorAssertions.HasTextOptions().setTimeout(90_000);

    @Test
    void hibernateShowsTheStageAndTheSnapshotAndWakeBringsItBack(Session s) {
        Page page = s.page();
        SignInForm.submit(s, SignInForm.ADMIN, SignInForm.ADMIN_PASSWORD);
        assertThat(page.getByTestId("current-user-email")).isVisible();

        s.open("/templates/jupyter-lab");
        Locator form = page.getByTestId("deploy-form");
        assertThat(form.getByTestId("offer-option").first()).isVisible();
        form.getByTestId("deploy-button").click();
        page.waitForURL("**/deployments/*");
        Locator status = page.getByTestId("deployment-status");
        // The simulated instance's agent reports before its app starts, so a running deployment can be snapshotted.
        assertThat(status).hasText("running", SLOW);

        page.getByTestId("hibernate-button").click();
        page.getByTestId("confirm-hibernate").click();
        assertThat(status).hasText("hibernated", SLOW);

        assertThat(page.getByTestId("hibernation-stage")).containsText("Stopped: disk kept");
        assertThat(page.getByTestId("hibernation-timeline").locator("[aria-current=step]"))
                .containsText("Stopped, disk kept");
        Locator timeline = page.getByTestId("event-timeline");
        assertThat(timeline).containsText("Snapshotting the workspace before stopping");
        assertThat(timeline).containsText("Workspace snapshot taken");
        assertThat(page.getByTestId("snapshot-row")).hasCount(1);

        page.getByTestId("wake-button").click();
        assertThat(status).hasText("running", SLOW);
        assertThat(timeline).containsText("Waking: starting instance");
        assertThat(page.getByTestId("hibernate-button")).isVisible();

        page.getByTestId("destroy-button").click();
        page.getByTestId("confirm-destroy").click();
        assertThat(status).hasText("destroyed", SLOW);
        assertThat(s.consoleErrors()).isEmpty();
    }
}
