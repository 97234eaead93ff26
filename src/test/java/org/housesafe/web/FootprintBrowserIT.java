package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.account.Role;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Footprints drawn by hand (issue #4): an inspector of 华兴 taps the corners of a new building on
 * the map, creates it with its house code and address, then drags one corner of it and saves.
 */
class FootprintBrowserIT extends DemoWorldTest {
    @Test
    void an_inspector_draws_a_new_building_creates_it_and_moves_one_corner() throws Exception {
        String inspector = world.huaxingUser("hx-drawer", Role.INSPECTOR);
        double[] at = world.freePlace(2);
        try (Browser browser = Browser.start(1280, 800)) {
            MapPage page = new MapPage(browser).signIn(world.app, inspector, at[0], at[1]);
            double dLat = 10 / 111_320.0;
            double dLon = 14 / (111_320.0 * Math.cos(Math.toRadians(at[1])));
            double[][] corners = {{at[0], at[1]}, {at[0] + dLon, at[1]}, {at[0] + dLon, at[1] + dLat}, {at[0], at[1] + dLat}};
            page.drawNewBuilding(corners);
            // The code proposed for the community is replaced by one of the user's own.
            page.wait.until(d -> !"loading".equals(d.findElement(By.id("create-code-hint")).getAttribute("data-state")));
            WebElement houseCode = page.driver.findElement(By.id("create-houseCode"));
            houseCode.clear();
            houseCode.sendKeys("HX-NEW-0001");
            page.driver.findElement(By.id("create-address")).sendKeys("华兴街道新建路1号");
            new Select(page.driver.findElement(By.id("create-use"))).selectByValue("other");
            page.screenshot("create-form.png");
            page.driver.findElement(By.id("create-submit")).click();

            page.wait.until(ExpectedConditions.textToBe(By.id("panel-house-code"), "HX-NEW-0001"));
            page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-state", "loaded"));
            String id = page.driver.findElement(By.id("panel")).getAttribute("data-building-id");
            JsonNode created = world.building(id);
            assertThat(created.at("/properties/status").asText()).isEqualTo("unsurveyed");
            assertThat(created.at("/properties/streetCode").asText()).isEqualTo(DemoWorld.HUAXING);
            assertThat(created.at("/properties/footprintArea").asDouble()).isBetween(120.0, 160.0);
            assertThat(created.at("/geometry/coordinates/0")).hasSize(5);
            assertThat(page.fillOf(id)).isEqualTo("#9e9e9e");

            long version = created.at("/properties/version").asLong();
            WebElement form = page.openAction("edit");
            WebElement address = form.findElement(By.cssSelector("input[name='address']"));
            assertThat(address.getAttribute("value")).isEqualTo("华兴街道新建路1号");
            address.clear();
            address.sendKeys("华兴街道新建路2号");
            form.findElement(By.cssSelector("input[name='floorsAbove']")).sendKeys("3");
            page.submit();
            page.waitForVersion(version + 1);
            assertThat(page.driver.findElement(By.cssSelector("#panel .panel-summary")).getText()).contains("华兴街道新建路2号");
            JsonNode patched = world.building(id);
            assertThat(patched.at("/properties/basic/address").asText()).isEqualTo("华兴街道新建路2号");
            assertThat(patched.at("/properties/basic/floorsAbove").asInt()).isEqualTo(3);
            assertThat(patched.at("/properties/basic/houseCode").asText()).as("untouched fields stay").isEqualTo("HX-NEW-0001");

            page.driver.findElement(By.cssSelector("#panel-actions .action-button[data-action='footprint']")).click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vertex-handle[data-corner='0.0.1']")));
            assertThat(page.driver.findElements(By.cssSelector(".vertex-corner[data-corner]"))).hasSize(4);
            WebElement plus = page.driver.findElement(By.cssSelector(".vertex-mid[data-edge='0.0.0']"));
            double[] a = centre(page.driver.findElement(By.cssSelector("[data-corner='0.0.0']")));
            double[] b = centre(page.driver.findElement(By.cssSelector("[data-corner='0.0.1']")));
            assertThat(centre(plus)).as("the + sits in the middle of its edge")
                    .containsExactly(new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2}, org.assertj.core.data.Offset.offset(2.0));
            plus.click(); // a fifth corner in the middle of the first edge, selected
            page.wait.until(d -> d.findElements(By.cssSelector(".vertex-handle[data-corner]")).size() == 5);
            WebElement added = page.driver.findElement(By.cssSelector(".vertex-selected[data-corner='0.0.1']"));
            new Actions(page.driver).clickAndHold(added).moveByOffset(10, 10).moveByOffset(10, 10).moveByOffset(10, 10)
                    .release().perform();
            page.screenshot("footprint-edit.png");
            page.driver.findElement(By.id("footprint-save")).click();
            page.waitForVersion(version + 2);
            page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("map-bar")));
            page.waitForTimeline("created", "edit");
            assertThat(page.latestTimelineItem("edit").getText()).contains("房屋轮廓");

            JsonNode edited = world.building(id);
            assertThat(Math.abs(edited.at("/properties/footprintArea").asDouble() - created.at("/properties/footprintArea").asDouble()))
                    .as("the new corner moved by about 40 px, some metres at zoom 19")
                    .isGreaterThan(5.0);
            assertThat(edited.at("/geometry/coordinates/0")).as("five corners and the closing one").hasSize(6);
            assertThat(moved(created.at("/geometry/coordinates/0"), edited.at("/geometry/coordinates/0"))).hasSize(1);
            assertThat(page.fillOf(id)).as("drawn again after the edit").isEqualTo("#9e9e9e");
        }
    }

    private static double[] centre(WebElement e) {
        var r = e.getRect();
        return new double[] {r.getX() + r.getWidth() / 2.0, r.getY() + r.getHeight() / 2.0};
    }

    /** Corners of the ring after that are not corners of the ring before. */
    private static List<String> moved(JsonNode before, JsonNode after) {
        List<String> old = new ArrayList<>();
        before.forEach(c -> old.add(c.toString()));
        List<String> out = new ArrayList<>();
        after.forEach(c -> {
            if (!old.contains(c.toString()) && !out.contains(c.toString())) {
                out.add(c.toString());
            }
        });
        return out;
    }
}
