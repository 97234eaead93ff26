package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The hazard ledger in the browser (issue #5): the demo street office of 华兴 filters its ledger
 * to the overdue cases, reads the counts, sorts by deadline, pages through, exports Excel, and
 * the downloaded workbook holds exactly the rows the page showed, in the same order. A row opens
 * its building on the map; on a phone each row is a card.
 */
class LedgerBrowserIT extends DemoWorldTest {

    @Test
    void a_street_office_filters_overdue_cases_and_the_excel_export_has_the_rows_shown() throws Exception {
        DemoAccounts.ensure(world.app.services.users());
        JsonNode expected = DemoWorld.JSON.readTree(world.app.get(
                "/api/ledger?street=" + DemoWorld.HUAXING + "&overdue=true&sort=deadline&order=asc&limit=500").body());
        long overdue = expected.get("numberMatched").asLong();
        assertThat(overdue).as("the demo data has overdue cases in 华兴").isGreaterThan(0);

        try (Browser browser = Browser.start(1280, 900)) {
            PageDriver page = new PageDriver(browser).signIn(world.app.base(), "/ledger.html?sort=owner", "demo-street", DemoAccounts.PASSWORD);
            // A link the server refuses shows its problem detail; one that matches nothing says so.
            assertThat(page.driver.findElement(By.id("ledger-status")).getAttribute("data-state")).isEqualTo("error");
            assertThat(page.driver.findElement(By.id("ledger-status-text")).getText()).isEqualTo("查询参数有误");
            assertThat(page.driver.findElement(By.id("ledger-status-detail")).getText()).contains("sort");
            page.driver.get(world.app.base() + "/ledger.html?q=" + java.net.URLEncoder.encode("没有这栋房屋", java.nio.charset.StandardCharsets.UTF_8));
            page.waitReady();
            assertThat(page.driver.findElement(By.id("ledger-status")).getText()).isEqualTo("没有符合条件的房屋");
            assertThat(page.driver.findElement(By.id("page-info")).getText()).isEqualTo("共 0 条");
            page.driver.get(world.app.base() + "/ledger.html");
            page.waitReady();
            int loads = loads(page);
            assertThat(rows(page)).isNotEmpty();
            assertThat(count(page, "total")).as("all of 华兴's ledger").isGreaterThan(overdue);

            new Select(page.driver.findElement(By.id("filter-overdue"))).selectByValue("true");
            loads = nextLoad(page, loads);
            page.wait.until(ExpectedConditions.urlContains("overdue=true"));
            assertThat(count(page, "total")).isEqualTo(overdue);
            assertThat(count(page, "overdue")).isEqualTo(overdue);

            page.driver.findElement(By.cssSelector("button[data-sort='deadline']")).click();
            loads = nextLoad(page, loads);
            assertThat(page.driver.getCurrentUrl()).contains("overdue=true", "sort=deadline", "order=asc");
            assertThat(page.driver.findElement(By.cssSelector("th.ledger-col-deadline")).getAttribute("aria-sort"))
                    .isEqualTo("ascending");

            List<String> shown = new ArrayList<>();
            List<String> deadlines = new ArrayList<>();
            while (true) {
                for (WebElement row : rows(page)) {
                    assertThat(row.getAttribute("class")).contains("is-overdue");
                    assertThat(row.findElement(By.cssSelector(".badge-overdue")).getText()).isEqualTo("逾期");
                    shown.add(row.findElement(By.cssSelector("td.ledger-col-houseCode")).getText());
                    deadlines.add(row.findElement(By.cssSelector("td.ledger-col-deadline")).getText());
                }
                assertThat(page.driver.findElement(By.id("page-info")).getText())
                        .matches("第 \\d+–" + shown.size() + " 条，共 " + overdue + " 条");
                WebElement next = page.driver.findElement(By.id("page-next"));
                if (!next.isEnabled()) {
                    break;
                }
                next.click();
                loads = nextLoad(page, loads);
            }
            assertThat(shown).hasSize((int) overdue);
            assertThat(deadlines).isSorted();
            List<String> fromApi = new ArrayList<>();
            expected.get("rows").forEach(r -> fromApi.add(r.get("cells").get(3).asText()));
            assertThat(shown).as("the page shows the API's rows in its order").isEqualTo(fromApi);
            page.screenshot("ledger-overdue.png");

            String href = page.driver.findElement(By.id("export-xlsx")).getAttribute("href");
            assertThat(href).contains("/api/export/ledger.xlsx?", "overdue=true", "sort=deadline", "order=asc")
                    .doesNotContain("limit", "offset");
            page.driver.findElement(By.id("export-xlsx")).click();
            Path xlsx = page.awaitDownload(".xlsx");
            List<Row> sheet;
            try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(xlsx))) {
                sheet = wb.getFirstSheet().read();
            }
            assertThat(sheet.get(0).getCellText(0)).startsWith("华兴街道房屋安全隐患台账").contains("共 " + overdue + " 栋");
            assertThat(sheet.get(1).getCellText(0)).isEqualTo("序号");
            assertThat(sheet.get(1).getCellText(3)).isEqualTo("房屋编码");
            List<String> exported = sheet.subList(2, sheet.size()).stream().map(r -> r.getCellText(3)).toList();
            assertThat(exported).as("the workbook's rows are the rows shown, in order").isEqualTo(shown);
            assertThat(xlsx.getFileName().toString()).isEqualTo("华兴街道-隐患台账-" + expected.get("today").asText() + ".xlsx");

            page.driver.findElement(By.id("lang-toggle")).click();
            page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("th.ledger-col-houseCode"), "House code"));
            assertThat(page.driver.findElement(By.id("page-info")).getText()).endsWith("of " + overdue);
            assertThat(page.driver.findElement(By.cssSelector("#ledger-counts [data-count='overdue'] dt")).getText()).isEqualTo("Overdue");
            page.driver.findElement(By.id("lang-toggle")).click();
            page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("th.ledger-col-houseCode"), "房屋编码"));

            // On a phone the same view (from its URL) shows each row as a card, without sideways scrolling.
            browser.setWindowSize(360, 740);
            page.driver.navigate().refresh();
            page.waitReady();
            assertThat(page.js("return document.documentElement.scrollWidth > window.innerWidth;")).isEqualTo(false);
            assertThat(page.js("return getComputedStyle(document.querySelector('#ledger-table tbody tr')).display;"))
                    .isEqualTo("flex");
            assertThat(page.driver.findElement(By.id("page-info")).getText()).endsWith("共 " + overdue + " 条");
            page.js("document.getElementById('ledger-counts').scrollIntoView();");
            page.screenshot("ledger-phone-360.png");

            // The last row shown opens its building on the map, its panel as a click would open it.
            WebElement link = page.driver.findElement(By.cssSelector("#ledger-table tbody tr:last-child a.ledger-map-link"));
            String code = link.getText();
            link.click();
            page.wait.until(ExpectedConditions.textToBe(By.id("panel-house-code"), code));
            assertThat(page.driver.findElement(By.id("panel")).isDisplayed()).isTrue();
            page.screenshot("ledger-row-on-map.png");
        }
    }

    @Test
    void clearing_a_grade_d_filter_shows_counts_links_and_exports_the_whole_ledger_and_search_applies_as_one_types()
            throws Exception {
        DemoAccounts.ensure(world.app.services.users());
        long all = world.numberMatched("/api/ledger?street=" + DemoWorld.HUAXING + "&limit=1");
        long gradeD = world.numberMatched("/api/ledger?street=" + DemoWorld.HUAXING + "&grade=D&limit=1");
        assertThat(gradeD).as("grade D cases in 华兴").isGreaterThan(0).isLessThan(all);

        try (Browser browser = Browser.start(1280, 900)) {
            PageDriver page = new PageDriver(browser).signIn(world.app.base(), "/ledger.html", "demo-street", DemoAccounts.PASSWORD);
            int loads = loads(page);
            new Select(page.driver.findElement(By.id("filter-grade"))).selectByValue("D");
            loads = nextLoad(page, loads);
            assertThat(page.driver.getCurrentUrl()).contains("grade=D");
            assertThat(count(page, "total")).isEqualTo(gradeD);

            page.driver.findElement(By.id("filter-reset")).click();
            loads = nextLoad(page, loads);
            assertThat(new Select(page.driver.findElement(By.id("filter-grade"))).getFirstSelectedOption().getText())
                    .isEqualTo("全部");
            assertThat(page.driver.getCurrentUrl()).doesNotContain("grade=");
            assertThat(count(page, "total")).as("the counts after 清除筛选").isEqualTo(all);
            assertThat(page.driver.findElement(By.id("page-info")).getText()).endsWith("共 " + all + " 条");
            assertThat(page.driver.findElement(By.id("export-xlsx")).getAttribute("href")).doesNotContain("grade");
            page.driver.findElement(By.id("export-xlsx")).click();
            Path xlsx = page.awaitDownload(".xlsx");
            try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(xlsx))) {
                assertThat(wb.getFirstSheet().read()).as("the downloaded rows after 清除筛选").hasSize((int) all + 2);
            }

            String code = page.driver.findElement(By.cssSelector("#ledger-table tbody tr:first-child td.ledger-col-houseCode"))
                    .getText();
            page.driver.findElement(By.id("filter-q")).sendKeys(code);
            loads = nextLoad(page, loads);
            page.wait.until(ExpectedConditions.urlContains("q="));
            assertThat(count(page, "total")).as("searching as one types, without Enter").isEqualTo(1);
        }
    }

    private static List<WebElement> rows(PageDriver page) {
        return page.driver.findElements(By.cssSelector("#ledger-table tbody tr"));
    }

    private static long count(PageDriver page, String key) {
        return Long.parseLong(page.driver.findElement(By.cssSelector("#ledger-counts [data-count='" + key + "'] dd")).getText());
    }

    private static int loads(PageDriver page) {
        String n = page.driver.findElement(By.tagName("body")).getAttribute("data-loads");
        return n == null ? 0 : Integer.parseInt(n);
    }

    /** Waits for the page's next answer after `before` and returns the new count of answers. */
    private static int nextLoad(PageDriver page, int before) {
        page.until(() -> "a ledger answer after " + before + "; status: "
                        + page.driver.findElement(By.id("ledger-status")).getText(),
                d -> loads(page) > before);
        String state = page.driver.findElement(By.id("ledger-status")).getAttribute("data-state");
        assertThat(state).as("ledger status: " + page.driver.findElement(By.id("ledger-status")).getText())
                .isNotEqualTo("error");
        return loads(page);
    }
}
