package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.housesafe.account.Role;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Statistics in the browser (issue #5): the report of the whole demo zone for the campaign's
 * 100 days states the figures of the real report; the dashboard draws its charts on canvas
 * without a console error or CSP violation, and a click on a bar opens the ledger filtered by
 * it; the map's hazard-density toggle colours the streets by their class in the legend.
 */
class StatsBrowserIT extends DemoWorldTest {
    private static final String HUAXING = DemoWorld.HUAXING;
    private static final Path SCREENS = MapPage.SCREENS;
    /** Installed before any page script: records CSP violations, script errors and console errors. */
    private static final String ERROR_COLLECTOR = """
            window.__pageErrors = [];
            document.addEventListener('securitypolicyviolation', (e) => window.__pageErrors.push(
                'CSP ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
            window.addEventListener('error', (e) => window.__pageErrors.push('error ' + e.message));
            window.addEventListener('unhandledrejection', (e) => window.__pageErrors.push('rejection ' + e.reason));
            const consoleError = console.error;
            console.error = function (...args) {
              window.__pageErrors.push('console ' + args.map(String).join(' '));
              return consoleError.apply(this, args);
            };
            """;

    @Test
    void the_report_of_the_whole_zone_for_the_campaign_period_states_the_demo_figures() throws Exception {
        try (Browser browser = Browser.start(1280, 900)) {
            WebDriver driver = signIn(browser, "test-district", "/report.html?from=2022-05-20&to=2022-08-31");
            waitFor(driver, "body", "data-report", "ready");
            assertThat(driver.findElement(By.cssSelector("input[name='area-kind'][value='zone']")).isSelected()).isTrue();
            assertThat(driver.findElement(By.id("report-from")).getAttribute("value")).isEqualTo("2022-05-20");
            assertThat(driver.findElement(By.id("report-to")).getAttribute("value")).isEqualTo("2022-08-31");

            String text = driver.findElement(By.id("report-text")).getText();
            assertThat(text).contains(
                    "2022年5月20日至8月31日，全区共排查房屋2081栋",
                    "经营性自建房（含自住兼经营）318栋，资料复查和入户抽查均已完成，复查率100%",
                    "空置危房拆除2栋",
                    "南华大学雨母校区周边违建及危房拆除44栋、面积约3000平方米");
            assertThat(driver.findElement(By.id("report-title")).getText()).isEqualTo("全区房屋安全排查整治情况（2022年5月20日至8月31日）");
            List<String> rows = driver.findElements(By.cssSelector("#report-table tbody tr")).stream()
                    .map(tr -> tr.findElement(By.tagName("th")).getText() + " " + tr.findElement(By.tagName("td")).getText()).toList();
            assertThat(rows).contains("排查房屋 2081 栋", "资料复查 318 栋（100%）", "入户抽查 318 栋（100%）",
                    "批次：南华大学雨母校区周边违建及危房拆除 44 栋，2,999.8 平方米", "批次：空置危房拆除 2 栋，433.3 平方米");
            browser.screenshot(SCREENS.resolve("report-demo-period.png"));

            driver.findElement(By.id("report-copy")).click();
            wait(driver).until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("report-copy")), "data-outcome"));
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#toasts .toast-info")));

            // One street, chosen in the form: the URL keeps the choice, the sentences name the street.
            driver.findElement(By.cssSelector("input[name='area-kind'][value='street']")).click();
            new Select(driver.findElement(By.id("report-street"))).selectByValue(HUAXING);
            driver.findElement(By.id("report-submit")).click();
            wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-text"), "华兴街道共排查房屋"));
            assertThat(driver.getCurrentUrl()).contains("street=" + HUAXING, "from=2022-05-20", "to=2022-08-31");

            driver.findElement(By.id("lang-toggle")).click();
            wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-text"), "From 2022-05-20 to 2022-08-31"));
            assertThat(pageErrors(driver)).isEmpty();
        }
    }

    @Test
    void the_dashboard_draws_every_chart_and_a_click_on_a_bar_opens_the_ledger_filtered_by_it() throws Exception {
        try (Browser browser = Browser.start(1280, 900)) {
            WebDriver driver = signIn(browser, "test-district", "/stats.html");
            waitForCharts(driver);
            for (String chart : List.of("judgement", "grade", "progress", "funnel")) {
                assertThat(driver.findElements(By.cssSelector("#chart-" + chart + " canvas"))).as("%s is drawn on canvas", chart).isNotEmpty();
                assertThat(driver.findElement(By.id("chart-" + chart + "-title")).getText()).as("title of %s", chart).isNotBlank();
            }
            assertThat(driver.findElement(By.id("chart-judgement-title")).getText()).isEqualTo("各街道房屋隐患初判情况（栋）");
            assertThat(driver.findElement(By.cssSelector("[data-total='buildings'] .stats-total-number")).getText()).isEqualTo("2,125");
            assertThat(driver.findElement(By.cssSelector("[data-total='surveyed'] .stats-total-number")).getText()).isEqualTo("2,081");

            // A tooltip is drawn on the canvas: hovering must not break the CSP.
            Map<String, Object> point = barPoint(driver, "judgement", "judgement:some", HUAXING);
            new Actions(driver).moveToLocation(intOf(point.get("x")), intOf(point.get("y"))).pause(Duration.ofMillis(500)).perform();
            browser.screenshot(SCREENS.resolve("stats-dashboard.png"));
            assertThat(pageErrors(driver)).isEmpty();

            new Actions(driver).moveToLocation(intOf(point.get("x")), intOf(point.get("y"))).click().perform();
            wait(driver).until(ExpectedConditions.urlContains("/ledger.html?street=" + HUAXING + "&judgement=some"));
        }
    }

    @Test
    void every_ledger_link_and_every_clickable_bar_opens_a_ledger_of_the_number_clicked() throws Exception {
        try (Browser browser = Browser.start(1280, 900)) {
            WebDriver driver = signIn(browser, "test-district", "/stats.html");
            waitForCharts(driver);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> links = (List<Map<String, Object>>) js(driver, """
                    return [...document.querySelectorAll('.stats-total')].filter((t) => t.querySelector('a'))
                      .map((t) => ({ id: t.dataset.total, href: t.querySelector('a').href,
                                     number: t.querySelector('.stats-total-number').textContent }));""");
            assertThat(links).extracting(l -> l.get("id")).contains("hazards", "dangerous", "overdue", "closed");
            for (Map<String, Object> link : links) {
                driver.get(String.valueOf(link.get("href")));
                assertThat(ledgerTotal(driver)).as("查看台账 of %s", link.get("id"))
                        .isEqualTo(Long.parseLong(String.valueOf(link.get("number")).replace(",", "")));
            }
            int opened = 0;
            for (String chart : List.of("judgement", "grade")) {
                JsonNode stats = DemoWorld.JSON.readTree(world.app.get("/api/stats?groupBy=street," + chart).body());
                for (JsonNode group : stats.get("groups")) {
                    String value = group.get(chart).isNull() ? "" : group.get(chart).asText();
                    if (chart.equals("grade") && value.isEmpty()) {
                        continue;
                    }
                    driver.get(world.app.base() + "/stats.html");
                    waitForCharts(driver);
                    Map<String, Object> point = barPoint(driver, chart, chart + ":" + value, group.get("street").asText());
                    if (((Number) point.get("width")).doubleValue() >= 8) {
                        new Actions(driver).moveToLocation(intOf(point.get("x")), intOf(point.get("y"))).click().perform();
                    } else {
                        js(driver, """
                                const i = window.houseSafeStats.units(arguments[0]).findIndex((u) => u.code === arguments[2]);
                                window.houseSafeStats.clickBar(arguments[0], arguments[1], i);""",
                                chart, chart + ":" + value, group.get("street").asText());
                    }
                    try {
                        new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.urlContains("/ledger.html"));
                    } catch (org.openqa.selenium.TimeoutException notALink) {
                        continue;
                    }
                    opened++;
                    assertThat(ledgerTotal(driver)).as("the ledger of bar %s:%s in %s (%s)", chart, value,
                            group.get("street").asText(), driver.getCurrentUrl()).isEqualTo(group.get("buildings").asLong());
                }
            }
            assertThat(opened).as("bars that open the ledger").isGreaterThanOrEqualTo(12);
            assertThat(pageErrors(driver)).isEmpty();
        }
    }

    /** The total the ledger page at the driver's URL shows, once it has its answer. */
    private static long ledgerTotal(WebDriver driver) {
        waitFor(driver, "body", "data-ready", "true");
        wait(driver).until(d -> !d.findElements(By.cssSelector("#ledger-counts [data-count='total'] dd")).isEmpty());
        return Long.parseLong(driver.findElement(By.cssSelector("#ledger-counts [data-count='total'] dd")).getText()
                .replace(",", ""));
    }

    @Test
    void a_street_office_sees_its_communities_and_the_dashboard_fits_a_phone() throws Exception {
        String street = world.huaxingUser("hx-stats-street", Role.STREET_OFFICE);
        try (Browser phone = Browser.start(390, 844)) {
            WebDriver driver = signIn(phone, street, "/stats.html");
            waitForCharts(driver);
            assertThat(driver.findElement(By.cssSelector("input[name='unit'][value='community']")).isSelected()).isTrue();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> units = (List<Map<String, Object>>) js(driver, "return window.houseSafeStats.units('judgement');");
            assertThat(units).isNotEmpty().allSatisfy(u -> assertThat(String.valueOf(u.get("code"))).startsWith(HUAXING));
            assertThat(js(driver, "return document.documentElement.scrollWidth > window.innerWidth;")).isEqualTo(false);
            List<?> lefts = (List<?>) js(driver, "return [...document.querySelectorAll('.stats-chart')].map(c => Math.round(c.getBoundingClientRect().left));");
            assertThat(lefts.stream().distinct().count()).as("charts stacked in one column: %s", lefts).isEqualTo(1);
            phone.screenshot(SCREENS.resolve("stats-phone.png"));
            assertThat(pageErrors(driver)).isEmpty();
        }
    }

    @Test
    void the_hazard_density_toggle_colours_each_street_by_its_class() throws Exception {
        JsonNode streets = DemoWorld.JSON.readTree(world.app.get("/api/admin-units?level=street").body()).get("features");
        JsonNode huaxing = null;
        for (JsonNode f : streets) {
            if (f.at("/properties/code").asText().equals(HUAXING)) {
                huaxing = f;
            }
        }
        assertThat(huaxing).as("street %s in /api/admin-units", HUAXING).isNotNull();
        Point inside = new FootprintReader(world.app.config.extent(), Integer.MAX_VALUE).read(huaxing.get("geometry"), "geometry")
                .getInteriorPoint();
        JsonNode hazards = DemoWorld.JSON.readTree(world.app.get("/api/stats?groupBy=street&judgement=serious,some&street=" + HUAXING).body());
        long count = hazards.at("/total/buildings").asLong();
        assertThat(count).isPositive();

        try (Browser browser = Browser.start(1280, 800)) {
            WebDriver driver = signIn(browser, "test-district", "/#map=13/26.89/112.56");
            wait(driver).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            WebElement toggle = driver.findElement(By.cssSelector(".choropleth-toggle"));
            assertThat(toggle.getText()).isEqualTo("隐患分布");
            toggle.click();
            waitFor(driver, ".choropleth", "data-state", "ready");
            assertThat(driver.findElement(By.cssSelector(".choropleth")).getAttribute("data-level")).isEqualTo("street");
            assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(driver.findElement(By.cssSelector(".choropleth-title")).getText()).isEqualTo("各街道隐患房屋数");

            String colour = null;
            for (WebElement item : driver.findElements(By.cssSelector(".choropleth-class"))) {
                if (Long.parseLong(item.getAttribute("data-min")) <= count && count <= Long.parseLong(item.getAttribute("data-max"))) {
                    colour = item.getAttribute("data-colour");
                }
            }
            assertThat(colour).as("a legend class holds %s hazard buildings", count).isNotNull();
            @SuppressWarnings("unchecked")
            List<Number> rgba = (List<Number>) js(driver, """
                    const map = window.houseSafe.map;
                    const p = map.latLngToContainerPoint([arguments[1], arguments[0]]);
                    const m = map.getContainer().getBoundingClientRect();
                    const c = document.querySelector('.leaflet-choropleth-pane canvas');
                    const r = c.getBoundingClientRect();
                    const x = Math.round((m.left + p.x - r.left) * c.width / r.width);
                    const y = Math.round((m.top + p.y - r.top) * c.height / r.height);
                    return Array.from(c.getContext('2d').getImageData(x, y, 1, 1).data);
                    """, inside.getX(), inside.getY());
            browser.screenshot(SCREENS.resolve("map-hazard-density.png"));
            int[] expected = {Integer.parseInt(colour.substring(1, 3), 16), Integer.parseInt(colour.substring(3, 5), 16),
                    Integer.parseInt(colour.substring(5, 7), 16)};
            for (int i = 0; i < 3; i++) {
                assertThat(rgba.get(i).intValue()).as("channel %s of %s at 华兴 (%s)", i, colour, rgba).isCloseTo(expected[i],
                        org.assertj.core.data.Offset.offset(3));
            }
            assertThat(rgba.get(3).intValue()).as("half transparent").isBetween(110, 145);

            toggle.click();
            waitFor(driver, ".choropleth", "data-state", "off");
            assertThat(pageErrors(driver)).isEmpty();
        }
    }

    /** Opens path, is sent to the login page, signs in and comes back to path. */
    private WebDriver signIn(Browser browser, String user, String path) {
        WebDriver driver = browser.driver();
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
        driver.get(world.app.base() + path);
        wait(driver).until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        String page = world.app.base() + path.replaceFirst("[?#].*", "");
        wait(driver).until(d -> !d.getCurrentUrl().contains("/login.html") && d.getCurrentUrl().startsWith(page));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-bar"), user));
        return driver;
    }

    private static void waitForCharts(WebDriver driver) {
        waitFor(driver, "body", "data-stats", "ready");
        wait(driver).until(d -> d.findElements(By.cssSelector(".stats-chart[data-rendered='true']")).size() == 4);
    }

    /** Where the bar of series seriesId for the unit with code unitCode is on the screen. */
    private static Map<String, Object> barPoint(WebDriver driver, String chart, String seriesId, String unitCode) {
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) js(driver, """
                const units = window.houseSafeStats.units(arguments[0]);
                const i = units.findIndex((u) => u.code === arguments[2]);
                return i < 0 ? null : window.houseSafeStats.barPoint(arguments[0], arguments[1], i);
                """, chart, seriesId, unitCode);
        assertThat(point).as("bar %s of %s in %s", seriesId, unitCode, chart).isNotNull();
        return point;
    }

    /** What the page reported: CSP violations, script errors, console errors (the collector above). */
    private static List<?> pageErrors(WebDriver driver) {
        return (List<?>) js(driver, "return window.__pageErrors || ['no error collector'];");
    }

    private static void waitFor(WebDriver driver, String css, String attribute, String value) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> css + " [" + attribute + "=" + value + "]; page errors: " + pageErrors(driver))
                .until(ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static int intOf(Object n) {
        return ((Number) n).intValue();
    }
}
