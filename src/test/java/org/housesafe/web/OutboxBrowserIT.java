package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The outbox in the browser (issue 14 points 3 and 9), the network cut with the DevTools
 * protocol: an inspector of 华兴, out of signal (the server stopped too, so that the service
 * worker cannot reach it either), records three surveys and a photo, closes the page, reopens it
 * still offline (the app from the worker's precache, the outbox from IndexedDB) and sees them
 * still queued, comes back online and each is applied exactly once;
 * an edit queued offline while another user changes the same building's attributes ends in a
 * visible conflict that the inspector merges field by field; a survey queued while another
 * user moves only the footprint is caught the same way, both footprints drawn, and re-applied.
 */
class OutboxBrowserIT extends DemoWorldTest {
    @Test
    void offline_surveys_and_a_photo_outlive_the_page_and_are_applied_exactly_once() throws Exception {
        String inspector = world.huaxingUser("hx-outbox-a", Role.INSPECTOR);
        List<DemoWorld.Target> targets = List.of(world.newUnsurveyedBuilding("HX-OB-1", 10),
                world.newUnsurveyedBuilding("HX-OB-2", 11), world.newUnsurveyedBuilding("HX-OB-3", 12));
        double[] at = targets.get(0).corner();

        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = new MapPage(phone).signIn(world.app, inspector, at[0], at[1]);
            page.waitUntilKeptForOffline();
            for (DemoWorld.Target b : targets) {
                open(page, b); // loaded once online: the worker keeps the record and its history
            }
            page.goOffline(world.app);

            open(page, targets.get(0));
            page.openAction("survey");
            page.select("judgement", "some");
            page.check("hazardTypes", "deformation");
            page.form().findElement(By.cssSelector("input[type='file']")).sendKeys(world.jpeg("offline.jpg").toString());
            page.wait.until(d -> !d.findElements(By.cssSelector(".photo-item[data-state='queued'] img.photo-thumb")).isEmpty());
            submitQueued(page, 1);
            for (DemoWorld.Target b : targets.subList(1, 3)) {
                open(page, b);
                page.openAction("survey");
                page.select("judgement", "none");
                submitQueued(page, 1);
            }
            waitForCount(page, "4"); // three surveys and the photo
            page.screenshot("outbox-offline.png");

            // Close the page and open it again in a new tab, still out of signal: the app comes
            // from the worker's precache, the session from its offline copy, the outbox from
            // IndexedDB, and its items find the server out of reach.
            String closed = page.driver.getWindowHandle();
            String reopened = page.driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
            page.driver.switchTo().window(closed).close();
            page.driver.switchTo().window(reopened);
            page.emulateOffline(true); // DevTools' emulation belongs to the tab: the new one is cut too
            page.driver.get(world.app.base() + "/");
            page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            page.waitForOfflineBanner();
            page.wait.until(ExpectedConditions.attributeToBe(By.id("user-name"), "textContent", inspector));
            waitForCount(page, "4");
            page.js("document.querySelectorAll('.toast-close').forEach((b) => b.click());");
            page.driver.findElement(By.id("outbox-button")).click();
            page.until(() -> "four waiting items; the list shows " + states(page),
                    d -> states(page).equals(List.of("waiting", "waiting", "waiting", "waiting")));
            page.screenshot("outbox-reopened-offline.png");

            page.goOnline(world.app); // the phone finds its network again: the browser's online event
            waitForCount(page, "0");
            page.until(() -> "four sent items; the list shows " + states(page),
                    d -> states(page).equals(List.of("sent", "sent", "sent", "sent")));
            page.screenshot("outbox-sent.png");
        }

        for (DemoWorld.Target b : targets) {
            assertThat(types(b.id())).as("one survey each, applied once").containsExactly("created", "survey");
        }
        JsonNode survey = LifecycleBrowserIT.find(world.events(targets.get(0).id()), "survey");
        assertThat(survey.at("/payload/judgement").asText()).isEqualTo("some");
        assertThat(survey.at("/payload/photos")).as("the photo uploaded first, its id filled in").hasSize(1);
    }

    @Test
    void an_edit_queued_offline_meets_another_users_change_and_the_inspector_merges_field_by_field() throws Exception {
        DemoWorld.Target b = world.newUnsurveyedBuilding("HX-OB-4", 13);
        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = offlineOn(phone, "hx-outbox-b", b);
            WebElement form = page.openAction("edit");
            WebElement address = form.findElement(By.cssSelector("input[name='address']"));
            address.clear();
            address.sendKeys("华兴街道外业路1号");
            form.findElement(By.cssSelector("input[name='floorsAbove']")).sendKeys("3");
            submitQueued(page, 1);

            patchAsOther(b.id(), "{\"properties\":{\"basic\":{\"address\":\"华兴街道街道办路2号\"}}}");

            page.emulateOffline(false);
            WebElement item = conflictShown(page);
            WebElement addressRow = item.findElement(By.cssSelector(".conflict-field[data-field='address']"));
            assertThat(addressRow.getText()).contains("华兴街道测试路13号", "华兴街道外业路1号", "华兴街道街道办路2号");
            assertThat(item.findElement(By.cssSelector(".conflict-field[data-field='floorsAbove']")).getText()).contains("3");
            page.screenshot("outbox-conflict-fields.png");

            addressRow.findElement(By.cssSelector("input[value='theirs']")).click();
            item.findElement(By.cssSelector(".outbox-merge")).click();
            waitForCount(page, "0");
        }
        JsonNode merged = world.building(b.id());
        assertThat(merged.at("/properties/basic/address").asText()).as("theirs kept").isEqualTo("华兴街道街道办路2号");
        assertThat(merged.at("/properties/basic/floorsAbove").asInt()).as("mine kept").isEqualTo(3);
        assertThat(types(b.id())).containsExactly("created", "edit", "edit");
    }

    @Test
    void a_footprint_moved_by_another_user_is_a_conflict_with_both_outlines_and_the_survey_is_reapplied() throws Exception {
        DemoWorld.Target b = world.newUnsurveyedBuilding("HX-OB-5", 14);
        double[] at = b.corner();
        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = offlineOn(phone, "hx-outbox-c", b);
            page.openAction("survey");
            page.select("judgement", "none");
            submitQueued(page, 1);

            String moved = DemoWorld.rectangle(at[0] + 0.00002, at[1] + 0.00002);
            patchAsOther(b.id(), "{\"geometry\":" + moved + "}");

            page.emulateOffline(false);
            WebElement item = conflictShown(page);
            assertThat(item.findElement(By.cssSelector(".conflict-change[data-name='geometry']")).getText()).contains("房屋轮廓已被修改");
            assertThat(item.findElement(By.cssSelector(".conflict-legend")).getText()).contains("我的轮廓", "当前轮廓");
            assertThat(page.driver.findElements(By.cssSelector("path.outbox-footprint-mine"))).hasSize(1);
            assertThat(page.driver.findElements(By.cssSelector("path.outbox-footprint-theirs"))).hasSize(1);
            assertThat(page.driver.findElement(By.cssSelector("path.outbox-footprint-mine")).getAttribute("d"))
                    .isNotEqualTo(page.driver.findElement(By.cssSelector("path.outbox-footprint-theirs")).getAttribute("d"));
            page.screenshot("outbox-conflict-footprints.png");

            item.findElement(By.cssSelector(".outbox-reapply")).click();
            waitForCount(page, "0");
            page.wait.until(d -> d.findElements(By.cssSelector("path.outbox-footprint-mine")).isEmpty());
        }
        assertThat(types(b.id())).containsExactly("created", "edit", "survey");
        assertThat(world.building(b.id()).at("/geometry").toString()).isEqualTo(DemoWorld.JSON.readTree(
                DemoWorld.rectangle(at[0] + 0.00002, at[1] + 0.00002)).toString());
    }

    /** A new inspector of 华兴 signed in on phone, b opened while online, then the network cut. */
    private MapPage offlineOn(Browser phone, String inspector, DemoWorld.Target b) {
        double[] at = b.corner();
        MapPage page = new MapPage(phone).signIn(world.app, world.huaxingUser(inspector, Role.INSPECTOR), at[0], at[1]);
        page.waitUntilKeptForOffline();
        open(page, b);
        page.emulateOffline(true);
        return page;
    }

    private static void open(MapPage page, DemoWorld.Target b) {
        page.js("window.houseSafe.openBuilding(arguments[0]);", b.id());
        page.wait.until(ExpectedConditions.textToBe(By.id("panel-house-code"), b.houseCode()));
        page.wait.until(ExpectedConditions.attributeToBe(By.id("panel"), "data-state", "loaded"));
    }

    /** Submits the open form and waits until it closed with the write listed as 待同步 in the record. */
    private static void submitQueued(MapPage page, int pending) {
        page.submit();
        page.until(() -> "form closed, " + pending + " pending write(s) in the record",
                d -> d.findElements(By.cssSelector("#panel-actions form")).isEmpty()
                        && d.findElements(By.cssSelector("#panel-pending .pending-item")).size() == pending);
    }

    private static void waitForCount(MapPage page, String count) {
        page.until(() -> "outbox count " + count + "; it shows "
                        + page.driver.findElements(By.id("outbox-count")).stream().map(e -> e.getAttribute("textContent")).toList(),
                ExpectedConditions.attributeToBe(By.id("outbox-count"), "textContent", count));
    }

    /** Opens the outbox, waits for the one conflict and opens it; returns its list item. */
    private static WebElement conflictShown(MapPage page) {
        page.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-button"), "data-attention", "true"));
        page.js("document.querySelectorAll('.toast-close').forEach((b) => b.click());"); // "saved, will be sent"
        page.driver.findElement(By.id("outbox-button")).click();
        page.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".outbox-item[data-state='conflict'] .outbox-open-conflict"))).click();
        return page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outbox-item[data-state='conflict']:has(.outbox-conflict)")));
    }

    private static List<String> states(MapPage page) {
        return page.driver.findElements(By.cssSelector("#outbox-list .outbox-item")).stream()
                .map(e -> e.getAttribute("data-state")).toList();
    }

    /** Another user of 华兴 (a street office, through the API) changes building id on its current ETag. */
    private void patchAsOther(String id, String patch) throws Exception {
        TestClient other = world.app.client(world.app.token(world.app.user("hx-other-" + UUID.randomUUID().toString().substring(0, 8),
                Role.STREET_OFFICE, Scope.of(Set.of(DemoWorld.HUAXING)))));
        String etag = world.app.get("/api/buildings/" + id).headers().firstValue("ETag").orElseThrow();
        other.header("If-Match", etag).header("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> r = other.send("PATCH", "/api/buildings/" + id, "application/merge-patch+json",
                HttpRequest.BodyPublishers.ofString(patch));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private List<String> types(String id) throws Exception {
        List<String> out = new ArrayList<>();
        world.events(id).forEach(e -> out.add(e.get("type").asText()));
        return out;
    }
}
