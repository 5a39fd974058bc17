package cloud.dumont.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.dumont.e2e.BrowserExtension.Session;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The market page of the packaged server on its simulated cloud draws its charts from real samples. */
@ExtendWith(BrowserExtension.class)
class MarketBrowserTest {

    @Test
    void theMarketPageDrawsPriceAndAvailabilityChartsFromTheSampledMarket(Session s) {
        Page page = s.page();
        s.open("/templates");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Market").setExact(true))
                .click();
        page.waitForURL("**/market");

        assertThat(page.getByTestId("market-simulated")).containsText("Simulated cloud");
        Locator chart = page.getByTestId("price-chart");
        assertThat(chart).isVisible();
        Locator median = chart.locator("path[data-series='price-median']");
        Locator cheapestBid = chart.locator("path[data-series='bid-min']");
        // The simulated cloud's backfilled day is 144 samples at the 10-minute interval, plus what was sampled since.
        assertThat(median).hasAttribute("data-points", java.util.regex.Pattern.compile("1[4-9]\\d|[2-9]\\d\\d"));
        String bidPath = cheapestBid.getAttribute("d");
        String[] segments = bidPath.split("[ML]");
        assertThat(segments.length).isGreaterThan(100);
        Set<String> heights = Arrays.stream(segments)
                .filter(p -> !p.isEmpty())
                .map(p -> p.split(",")[1])
                .collect(Collectors.toSet());
        assertThat(heights).as("interruptible prices float through the day").hasSizeGreaterThan(10);
        assertThat(page.getByTestId("price-chart-band")).isAttached();
        assertThat(page.getByTestId("price-chart-backfill")).containsText("simulated backfill");
        assertThat(page.getByTestId("availability-chart").locator("path[data-series='offers']"))
                .hasAttribute("d", java.util.regex.Pattern.compile("^M[\\d.]+,[\\d.]+(L[\\d.]+,[\\d.]+)+$"));
        assertThat(page.getByTestId("bid-suggestion")).containsText("would have been outbid");

        page.getByTestId("market-table")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("RTX 3090"))
                .click();
        page.waitForURL("**/market?gpu=RTX+3090*");
        assertThat(chart.locator("title")).containsText("RTX 3090 prices");
        assertThat(s.consoleErrors()).isEmpty();
    }
}
