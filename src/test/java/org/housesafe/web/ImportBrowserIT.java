package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.housesafe.demo.DemoAccounts;
import org.housesafe.testing.Browser;
import org.housesafe.testing.TestTmp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The bulk import section of the admin page (issue #6): the admin picks a GeoJSON file, sees it
 * imported; picks a bad one, sees every error in a table with its feature index, and nothing is
 * written.
 */
class ImportBrowserIT extends DemoWorldTest {

    @Test
    void the_admin_imports_a_file_and_sees_every_error_of_a_bad_one() throws Exception {
        DemoAccounts.ensure(world.app.services.users());
        Path good = file("good", List.of(feature(0, "other", 112.5601), feature(1, "mixed", 112.5603)));
        Path bad = file("bad", List.of(feature(2, "other", 112.5605), feature(3, "xyz", 112.5607),
                feature(4, "other", 113.9)));

        try (Browser browser = Browser.start(1280, 1000)) {
            PageDriver page = new PageDriver(browser).signIn(world.app.base(), "/admin.html", "demo-admin",
                    DemoAccounts.PASSWORD);
            WebElement status = page.driver.findElement(By.id("import-status"));
            page.driver.findElement(By.id("import-file")).sendKeys(good.toString());
            page.driver.findElement(By.id("import-submit")).click();
            page.until(() -> "the import's answer; the page says " + status.getText(),
                    d -> "ok".equals(status.getAttribute("data-kind")));
            assertThat(status.getText()).startsWith("已导入 2 栋房屋（good.geojson");
            assertThat(world.app.get("/api/buildings?q=BRW-&limit=10").body()).contains("BRW-0000000", "BRW-0000001");

            page.driver.findElement(By.id("import-file")).sendKeys(bad.toString());
            page.driver.findElement(By.id("import-submit")).click();
            page.until(() -> "the refusal; the page says " + status.getText(),
                    d -> "error".equals(status.getAttribute("data-kind")));
            assertThat(status.getText()).isEqualTo("未导入：2 处错误（共 3 个要素），一栋也没有写入。");
            List<WebElement> rows = page.driver.findElements(By.cssSelector("#import-errors tbody tr"));
            assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td")).getText()).containsExactly("1", "2");
            assertThat(rows.get(0).getText()).contains("properties.basic.use", "must be one of");
            assertThat(rows.get(1).getText()).contains("outside the service extent");
            page.js("arguments[0].scrollIntoView({block: 'end'})", page.driver.findElement(By.id("import-errors")));
            page.screenshot("import-refused.png");
            assertThat(world.app.get("/api/buildings?q=BRW-&limit=10").body()).doesNotContain("BRW-0000002");
        }
    }

    private static String feature(int i, String use, double lon) {
        double lat = 26.9001;
        String ring = String.format(Locale.ROOT, "[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]",
                lon, lat, lon + 0.0001, lat, lon + 0.0001, lat + 0.0001, lon, lat + 0.0001, lon, lat);
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + ring + "},\"properties\":"
                + "{\"basic\":{\"houseCode\":\"BRW-000000" + i + "\",\"address\":\"华兴街道导入路" + i + "号\",\"use\":\""
                + use + "\"}}}";
    }

    private static Path file(String name, List<String> features) throws Exception {
        Path dir = Files.createTempDirectory(TestTmp.dir(), "import-");
        return Files.writeString(dir.resolve(name + ".geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + String.join(",", features) + "]}", StandardCharsets.UTF_8);
    }
}
