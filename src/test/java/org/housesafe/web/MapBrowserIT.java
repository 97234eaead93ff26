package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.housesafe.config.Basemap;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.demo.DemoLoader;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map as a person uses it, in headless Chromium: a fresh database with the demo data, the
 * demo inspector of 华兴 signs in, buildings are drawn, one is clicked on the canvas, its record
 * read, the language switched.
 */
class MapBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUAXING = "430408003";
    private static final Path SCREENS = Path.of(System.getProperty("housesafe.test.tmp", "target/test-tmp"))
            .getParent().resolve("screenshots");

    @Test
    void a_user_opens_the_map_clicks_a_building_and_reads_its_record_in_two_languages() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(SCREENS.getParent().resolve("test-tmp")), "map-");
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("housesafe") + ";WRITE_DELAY=0", null, null);
             TestApp app = new TestApp(db, Basemap.NONE);
             Browser browser = Browser.start(1280, 800)) {
            assertThat(DemoLoader.loadIfEmpty(app.services, new FootprintReader(app.config.extent(), Integer.MAX_VALUE)))
                    .isTrue();
            DemoAccounts.ensure(app.services.users());
            JsonNode building = JSON.readTree(app.get("/api/buildings?limit=1&status=awaiting_rectification&street="
                    + HUAXING).body()).get("features").get(0);
            String id = building.get("id").asText();
            String houseCode = building.get("properties").get("houseCode").asText();
            var centre = app.services.buildings().get(java.util.UUID.fromString(id), org.housesafe.account.Scope.ALL).footprint().getInteriorPoint();

            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(app.base() + "/#map=18/" + centre.getY() + "/" + centre.getX());
            wait.until(ExpectedConditions.urlContains("/login.html"));
            driver.findElement(By.id("login-username")).sendKeys("demo-inspector");
            driver.findElement(By.id("login-password")).sendKeys(DemoAccounts.PASSWORD);
            browser.screenshot(SCREENS.resolve("login.png"));
            driver.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.attributeContains(By.id("map"), "class", "leaflet-container"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-bar"), "demo-inspector"));
            wait.until(d -> {
                String loaded = d.findElement(By.tagName("body")).getAttribute("data-buildings-loaded");
                return loaded != null && Integer.parseInt(loaded) > 0;
            });

            @SuppressWarnings("unchecked")
            Map<String, Object> point = (Map<String, Object>) ((JavascriptExecutor) driver)
                    .executeScript("return window.houseSafe.buildingPoint(arguments[0]);", id);
            assertThat(point).as("building %s is drawn", id).isNotNull();
            assertThat(point.get("clickable")).isEqualTo(true);
            new Actions(driver).moveToLocation(((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue())
                    .click().perform();

            wait.until(ExpectedConditions.textToBe(By.id("panel-house-code"), houseCode));
            wait.until(d -> d.findElements(By.cssSelector("#panel .timeline li, #panel .timeline-item")).size() > 0
                    || d.findElement(By.id("panel")).getText().contains("排查"));
            String chineseHeading = firstBlockHeading(driver);
            assertThat(chineseHeading).isEqualTo("基本情况");
            assertThat(driver.findElement(By.tagName("body")).getAttribute("data-basemap")).isEqualTo("none");
            browser.screenshot(SCREENS.resolve("map-panel-zh.png"));

            driver.findElement(By.id("lang-toggle")).click();
            wait.until(d -> !firstBlockHeading(d).equals(chineseHeading));
            assertThat(firstBlockHeading(driver)).isEqualToIgnoringCase("Basic information");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(driver.findElement(By.id("panel-house-code")).getText()).isEqualTo(houseCode);
            browser.screenshot(SCREENS.resolve("map-panel-en.png"));

            browser.setWindowSize(360, 740);
            driver.navigate().refresh();
            wait.until(ExpectedConditions.attributeContains(By.id("map"), "class", "leaflet-container"));
            wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-buildings-loaded") != null);
            Object overflow = ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("no horizontal scrolling at 360 px").isEqualTo(false);
            browser.screenshot(SCREENS.resolve("map-phone-360.png"));
        }
    }

    private static String firstBlockHeading(WebDriver driver) {
        WebElement heading = driver.findElement(By.cssSelector("#panel .panel-block .block-heading"));
        return heading.getText().trim();
    }
}
