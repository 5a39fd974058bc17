package cloud.dumont.e2e;

import cloud.dumont.e2e.BrowserExtension.Session;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in step the browser tests share. */
final class SignInForm {

    static final String ADMIN = "admin@dumont.local";
    static final String ADMIN_PASSWORD = "dumont-admin";

    private SignInForm() {}

    /** Fills and submits the sign-in form; returns the form so a test can look for its messages. */
    static Locator submit(Session s, String email, String password) {
        s.open("/login");
        Locator form = s.page().locator("form[aria-label='Sign in']");
        form.getByLabel("Email").fill(email);
        form.getByLabel("Password").fill(password);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in"))
                .click();
        return form;
    }
}
