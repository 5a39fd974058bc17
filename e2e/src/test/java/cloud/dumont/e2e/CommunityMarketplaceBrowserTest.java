package cloud.dumont.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.e2e.BrowserExtension.Session;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The community marketplace in a real browser: a template published by one person is found by search, reviewed and
 * deployed by another; and a README full of script never runs any.
 */
@ExtendWith(BrowserExtension.class)
class CommunityMarketplaceBrowserTest {

    private static final LocatorAssertions.HasTextOptions UNTIL_RUNNING =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @Test
    void findACommunityTemplateBySearchReviewItAndDeployIt(Session s) throws Exception {
        String word = "Heron" + UUID.randomUUID().toString().substring(0, 6);
        String id = publish(
                s, "heron-" + word.toLowerCase(), "Whisper " + word, "# Whisper " + word + "\n\nTranscribe audio.");
        Page page = s.page();
        SignInForm.submit(s, SignInForm.ADMIN, SignInForm.ADMIN_PASSWORD);
        assertThat(page.getByTestId("current-user-email")).isVisible();

        s.open("/marketplace");
        page.getByTestId("marketplace-search").fill(word);
        // The search is debounced into the URL; results re-render when it lands, so click only after that (a click
        // on a card of the previous render can be lost).
        page.waitForURL(url -> url.contains("q=" + word));
        Locator card = page.getByTestId("marketplace-card").filter(new Locator.FilterOptions().setHasText(word));
        assertThat(card).hasCount(1);
        card.getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
        page.waitForURL("**/marketplace/" + id);
        assertThat(page.getByTestId("template-readme")).containsText("Transcribe audio.");

        Locator review = page.getByTestId("review-form");
        review.getByTestId("review-rating-4").click();
        review.getByTestId("review-title").fill("Works on a 3060");
        review.getByTestId("review-body").fill("Set up in minutes.");
        review.getByTestId("review-submit").click();
        assertThat(page.getByTestId("review-item").first()).containsText("Works on a 3060");

        Locator form = page.getByTestId("deploy-form");
        assertThat(form.getByTestId("offer-option").first()).isVisible();
        form.getByTestId("deploy-button").click();
        page.waitForURL("**/deployments/*");
        assertThat(page.getByTestId("deployment-status")).hasText("running", UNTIL_RUNNING);
        assertThat(s.consoleErrors()).isEmpty();
    }

    @Test
    void aReadmeWithScriptTagsEventHandlersAndJavascriptLinksRunsNothing(Session s) throws Exception {
        String readme = String.join(
                "\n",
                "# Totally safe",
                "",
                "<script>window.__pwned = 'script'</script>",
                "<img src=\"x\" onerror=\"window.__pwned = 'onerror'\">",
                "<a href=\"javascript:window.__pwned='html-link'\">html link</a>",
                "",
                "[click me](javascript:window.__pwned='md-link')",
                "",
                "<div onmouseover=\"window.__pwned='hover'\">hover me</div>");
        String id = publish(s, "xss-" + UUID.randomUUID().toString().substring(0, 8), "Safe Readme", readme);
        Page page = s.page();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });

        s.open("/marketplace/" + id);
        Locator body = page.getByTestId("template-readme");
        assertThat(body).containsText("Totally safe");
        // Raw HTML is dropped by the renderer, so the hover target may not be there at all; if it is, hover it.
        Locator hover = body.getByText("hover me");
        if (hover.count() > 0) {
            hover.first().hover();
        }
        Locator link = body.getByText("click me");
        if (link.count() > 0) {
            link.first().click(new Locator.ClickOptions().setNoWaitAfter(true));
        }
        page.waitForTimeout(300);

        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(body.locator("script")).hasCount(0);
        assertThat(body.locator("[onerror], [onmouseover]")).hasCount(0);
        assertThat(body.locator("a[href^='javascript']")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    /** Publishes a template as a fresh user through the API, the way the CLI or a script would. */
    private static String publish(Session s, String slug, String name, String readme) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String email = "author-" + UUID.randomUUID() + "@test.local";
        send(
                http,
                s,
                "/api/v1/auth/signup",
                null,
                "{\"email\":\"" + email + "\",\"password\":\"correct-horse-9\",\"display_name\":\"Ada\"}");
        String login = send(
                http, s, "/api/v1/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"correct-horse-9\"}");
        String token = field(login, "access_token");
        String body =
                """
                {"slug": "%s", "name": "%s", "description": "Transcribes audio with Whisper on a GPU.",
                 "category": "audio", "tags": ["whisper"], "license": "MIT", "readme": %s,
                 "spec": {"docker_image": "ghcr.io/acme/whisper-server:1.2",
                          "ports": [{"port": 7000, "protocol": "http", "label": "App", "health_path": "/health"}],
                          "gpu_min_vram": 8, "app_auth": "portal_token"}}"""
                        .formatted(slug, name, jsonString(readme));
        return field(send(http, s, "/api/v1/marketplace/templates", token, body), "id");
    }

    private static String send(HttpClient http, Session s, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(s.server().url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
