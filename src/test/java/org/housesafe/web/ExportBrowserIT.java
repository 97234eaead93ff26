package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The export page in the browser (issue #5): a planner chooses a filter, sees how many buildings
 * match before downloading, downloads GeoJSON in the page (progress counted from the stream), and
 * the saved file holds exactly that many features. An area drawn on the map filters the same
 * way the API filters {@code within}.
 */
class ExportBrowserIT extends DemoWorldTest {

    @Test
    void the_export_page_shows_the_count_and_the_geojson_download_holds_that_many_features() throws Exception {
        DemoAccounts.ensure(world.app.services.users());
        long serious = DemoWorld.JSON.readTree(world.app.get("/api/buildings?judgement=serious&street=" + DemoWorld.HUAXING
                + "&limit=1").body()).get("numberMatched").asLong();
        assertThat(serious).as("serious cases in 华兴").isGreaterThan(0);

        try (Browser browser = Browser.start(1280, 900)) {
            PageDriver page = new PageDriver(browser).signIn(world.app.base(), "/export.html", "demo-planner", DemoAccounts.PASSWORD);
            page.driver.findElement(By.cssSelector("nav#page-nav a[data-page='export'][aria-current='page']"));
            assertThat(page.driver.findElements(By.cssSelector("nav#page-nav a[data-page='ledger']")))
                    .as("no ledger link for a planner").isEmpty();

            new Select(page.driver.findElement(By.id("filter-street"))).selectByValue(DemoWorld.HUAXING);
            new Select(page.driver.findElement(By.id("filter-judgement"))).selectByValue("serious");
            WebElement count = page.driver.findElement(By.id("export-count"));
            page.until(() -> "the count of serious cases in 华兴 (" + serious + "); the page says " + count.getText(),
                    d -> String.valueOf(serious).equals(count.getAttribute("data-count")));
            assertThat(count.getText()).isEqualTo("符合条件的房屋：" + serious + " 栋");
            assertThat(page.driver.getCurrentUrl()).contains("street=" + DemoWorld.HUAXING, "judgement=serious");
            assertThat(page.driver.findElement(By.id("export-direct")).getAttribute("href"))
                    .endsWith("/api/export/buildings.geojson?street=" + DemoWorld.HUAXING + "&judgement=serious");
            page.screenshot("export-count.png");

            page.driver.findElement(By.id("export-start")).click();
            WebElement done = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-done")));
            assertThat(page.driver.findElement(By.id("export-error")).isDisplayed()).as("no error").isFalse();
            assertThat(done.getAttribute("data-counted")).as("features counted while streaming").isEqualTo(String.valueOf(serious));
            Path file = page.awaitDownload(".geojson");
            JsonNode geojson = DemoWorld.JSON.readTree(Files.readString(file));
            assertThat(geojson.get("type").asText()).isEqualTo("FeatureCollection");
            assertThat(geojson.get("features").size()).isEqualTo((int) serious);
            assertThat(geojson.get("numberMatched").asLong()).isEqualTo(serious);
            assertThat(file.getFileName().toString()).startsWith("华兴街道-房屋-").endsWith(".geojson");
            page.screenshot("export-done.png");
        }
    }

    @Test
    void an_area_drawn_on_the_map_filters_the_count_and_the_geojson_text_sequence() throws Exception {
        DemoAccounts.ensure(world.app.services.users());
        try (Browser browser = Browser.start(1280, 900)) {
            PageDriver page = new PageDriver(browser).signIn(world.app.base(), "/export.html", "demo-district", DemoAccounts.PASSWORD);
            WebElement map = page.driver.findElement(By.id("export-map"));
            page.js("arguments[0].scrollIntoView({block: 'center'});", map);
            page.driver.findElement(By.id("area-draw")).click();
            for (int[] corner : new int[][] {{-200, -120}, {200, -120}, {0, 140}}) {
                new Actions(page.driver).moveToElement(map, corner[0], corner[1]).click().perform();
            }
            page.driver.findElement(By.id("area-finish")).click();
            page.wait.until(ExpectedConditions.urlContains("within="));
            String within = parameter(page.driver.getCurrentUrl(), "within");
            String query = "within=" + URLEncoder.encode(within, StandardCharsets.UTF_8) + "&limit=1";
            long buildings = DemoWorld.JSON.readTree(world.app.get("/api/buildings?" + query).body()).get("numberMatched").asLong();
            long ledger = DemoWorld.JSON.readTree(world.app.get("/api/ledger?" + query).body()).get("numberMatched").asLong();
            assertThat(buildings).as("buildings inside the drawn triangle").isGreaterThan(0).isLessThan(2125);

            WebElement count = page.driver.findElement(By.id("export-count"));
            page.until(() -> buildings + " buildings in the area; the page says " + count.getText(),
                    d -> String.valueOf(buildings).equals(count.getAttribute("data-count")));
            assertThat(page.driver.findElement(By.id("export-ledger-count")).getText())
                    .isEqualTo("其中列入隐患台账：" + ledger + " 栋");
            page.driver.findElement(By.cssSelector("input[name='format'][value='geojsonl']")).click();
            page.wait.until(ExpectedConditions.urlContains("format=geojsonl"));
            page.screenshot("export-area.png");

            page.driver.findElement(By.id("export-start")).click();
            WebElement done = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-done")));
            assertThat(done.getAttribute("data-counted")).isEqualTo(String.valueOf(buildings));
            Path file = page.awaitDownload(".geojsonl");
            String text = Files.readString(file);
            long records = Arrays.stream(text.split("\n")).filter(line -> line.startsWith("\u001e")).count();
            assertThat(records).isEqualTo(buildings);
            assertThat(text.chars().filter(c -> c == 0x1e).count()).isEqualTo(buildings);
        }
    }

    @Test
    void clearing_a_grade_d_filter_counts_links_and_downloads_everything() throws Exception {
        DemoAccounts.ensure(world.app.services.users());
        long all = world.numberMatched("/api/buildings?limit=1");
        long ledger = world.numberMatched("/api/ledger?limit=1");
        long gradeD = world.numberMatched("/api/buildings?grade=D&limit=1");
        assertThat(gradeD).isGreaterThan(0).isLessThan(all);
        try (Browser browser = Browser.start(1280, 900)) {
            PageDriver page = new PageDriver(browser).signIn(world.app.base(), "/export.html", "demo-planner", DemoAccounts.PASSWORD);
            WebElement count = page.driver.findElement(By.id("export-count"));
            new Select(page.driver.findElement(By.id("filter-grade"))).selectByValue("D");
            page.until(() -> "grade D: " + gradeD + "; the page says " + count.getText(),
                    d -> String.valueOf(gradeD).equals(count.getAttribute("data-count")));
            assertThat(page.driver.getCurrentUrl()).contains("grade=D");

            page.driver.findElement(By.id("filter-reset")).click();
            page.until(() -> "all: " + all + "; the page says " + count.getText(),
                    d -> String.valueOf(all).equals(count.getAttribute("data-count")));
            assertThat(page.driver.getCurrentUrl()).doesNotContain("grade=");
            assertThat(page.driver.findElement(By.id("export-direct")).getAttribute("href")).doesNotContain("grade");
            page.driver.findElement(By.cssSelector("input[name='format'][value='xlsx']")).click();
            page.wait.until(ExpectedConditions.urlContains("format=xlsx"));
            assertThat(page.driver.findElement(By.id("export-direct")).getAttribute("href")).doesNotContain("grade");
            page.driver.findElement(By.id("export-start")).click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-done")));
            Path xlsx = page.awaitDownload(".xlsx");
            try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                         new org.dhatim.fastexcel.reader.ReadableWorkbook(Files.newInputStream(xlsx))) {
                assertThat(wb.getFirstSheet().read()).as("the downloaded ledger after 清除筛选").hasSize((int) ledger + 2);
            }
        }
    }

    private static String parameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + url);
    }
}
