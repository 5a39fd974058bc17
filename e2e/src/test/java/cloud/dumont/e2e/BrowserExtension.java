package cloud.dumont.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cloud.dumont.testkit.DumontServer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh page in Debian's Chromium (never a downloaded browser) pointed at the shared server, and
 * records every console error and uncaught page error so a test can assert there were none. A failing test leaves a
 * screenshot in {@code target/screenshots}.
 */
final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    /** A browser page plus what the page complained about. */
    record Session(DumontServer server, Page page, List<String> consoleErrors) {
        void open(String path) {
            page.navigate(server.url(path));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(
                    Files.isExecutable(Path.of(CHROMIUM)),
                    "Chromium is not installed at " + CHROMIUM
                            + "; skipping browser tests (apt-get install -y chromium; CI always runs them)");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-quic",
                                "--no-first-run")));
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = browserContext.newPage();
        page.setDefaultTimeout(15_000);
        // Assertions wait as long as actions: on a loaded CI machine the lazily loaded guide can take seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        store(context).put("playwright", playwright);
        store(context).put("session", new Session(DumontServer.shared(context), page, errors));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Session session = store(context).get("session", Session.class);
        if (session != null && context.getExecutionException().isPresent()) {
            Path shot =
                    Path.of("target", "screenshots", context.getDisplayName().replaceAll("\\W+", "_") + ".png");
            Files.createDirectories(shot.getParent());
            session.page().screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        }
        Playwright playwright = store(context).get("playwright", Playwright.class);
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Session.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).get("session", Session.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(BrowserExtension.class, context.getUniqueId()));
    }
}
