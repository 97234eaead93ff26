package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.account.Role;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The safety lifecycle in the browser (issue #4): an inspector of 华兴 records a serious survey
 * with a photo on a phone, the map colour and the timeline follow without a reload, the street
 * office then sees the automatic control measure; two sessions write the same building and the
 * second gets the conflict, keeps what it typed, reloads and succeeds.
 */
class LifecycleBrowserIT extends DemoWorldTest {
    private static final String GREY = "#9e9e9e";   // unsurveyed (style.js)
    private static final String RED = "#d32f2f";    // serious finding
    private static final String ORANGE = "#f57c00"; // some hazard

    @Test
    void an_inspector_records_a_serious_survey_with_a_photo_and_the_street_office_sees_the_control_measure()
            throws Exception {
        String inspector = world.huaxingUser("hx-inspector", Role.INSPECTOR);
        String street = world.huaxingUser("hx-street", Role.STREET_OFFICE);
        DemoWorld.Target building = world.newUnsurveyedBuilding("HX-TEST-SURVEY", 0);
        String id = building.id();
        String houseCode = building.houseCode();
        double[] at = building.corner();
        Path photo = world.jpeg("crack.jpg");

        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = new MapPage(phone).signIn(world.app, inspector, at[0], at[1]);
            page.tapBuilding(id, houseCode);
            assertThat(page.fillOf(id)).isEqualTo(GREY);
            assertThat(page.actionButtons()).containsExactly("survey", "edit", "footprint");

            page.openAction("survey");
            page.submit(); // nothing chosen yet: the client names the missing judgement, nothing is sent
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-actions .field-error")));
            page.select("judgement", "serious");
            page.check("hazardTypes", "load_bearing_cracks");
            page.note().sendKeys("承重墙多处斜裂缝");
            page.addPhoto(photo);
            page.screenshot("survey-form-phone.png");
            page.submit();

            page.waitForVersion(building.version() + 1);
            page.waitForFill(id, RED);
            page.waitForTimeline("created", "survey", "control_measure");
            assertThat(page.latestTimelineItem("survey").getText()).contains("存在严重安全隐患", "承重构件裂缝", "承重墙多处斜裂缝");
            assertThat(page.latestTimelineItem("control_measure").getText()).contains("停止使用", "人员撤离", "封控警示");
            assertThat(phone.driver().findElements(By.cssSelector("#panel-actions form"))).isEmpty();
            assertThat(page.js("return document.documentElement.scrollWidth > window.innerWidth;")).isEqualTo(false);
            page.screenshot("survey-done-phone.png");
        }

        JsonNode events = world.events(id);
        JsonNode survey = find(events, "survey");
        assertThat(survey.at("/payload/judgement").asText()).isEqualTo("serious");
        assertThat(survey.at("/payload/photos")).hasSize(1);
        String photoId = survey.at("/payload/photos/0").asText();
        JsonNode photos = DemoWorld.JSON.readTree(world.app.get("/api/buildings/" + id + "/photos").body()).get("photos");
        assertThat(photos).anySatisfy(p -> {
            assertThat(p.get("id").asText()).isEqualTo(photoId);
            assertThat(p.get("eventSeq").isNull()).as("the photo is evidence of the survey").isFalse();
        });

        try (Browser desktop = Browser.start(1280, 800)) {
            MapPage page = new MapPage(desktop).signIn(world.app, street, at[0], at[1]);
            page.tapBuilding(id, houseCode);
            assertThat(page.fillOf(id)).isEqualTo(RED);
            page.waitForTimeline("survey", "control_measure");
            WebElement control = page.latestTimelineItem("control_measure");
            assertThat(control.getText()).contains("管控措施", "停止使用", "人员撤离", "封控警示", "hx-inspector");
            assertThat(page.actionButtons()).contains("control_measure", "demolition_order");
            page.screenshot("street-office-sees-control.png");
        }
    }

    @Test
    void the_street_office_withdraws_a_building_recorded_twice_with_its_reason_and_the_map_drops_it() throws Exception {
        String street = world.huaxingUser("hx-street-w", Role.STREET_OFFICE);
        DemoWorld.Target building = world.newUnsurveyedBuilding("HX-TEST-WITHDRAW", 2);
        String id = building.id();
        double[] at = building.corner();

        try (Browser desktop = Browser.start(1280, 800)) {
            MapPage page = new MapPage(desktop).signIn(world.app, street, at[0], at[1]);
            page.tapBuilding(id, building.houseCode());
            assertThat(page.actionButtons()).contains("withdrawal");
            page.openAction("withdrawal");
            page.submit(); // no reason: the client asks for it under the note, nothing is sent
            page.until(() -> "the note marked as required", d -> "true".equals(page.note().getAttribute("aria-invalid")));
            page.note().sendKeys("与 HX-TEST-SURVEY 重复登记");
            page.submit();
            page.waitForVersion(building.version() + 1);
            page.waitForTimeline("created", "withdrawal");
            assertThat(page.latestTimelineItem("withdrawal").getText()).contains("撤销登记", "与 HX-TEST-SURVEY 重复登记");
            assertThat(desktop.driver().findElements(By.cssSelector("#panel-actions .action-button")))
                    .as("a withdrawn building takes no further action").isEmpty();

            desktop.driver().navigate().refresh();
            page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            page.until(() -> "the footprints of the view loaded again",
                    d -> d.findElement(By.tagName("body")).getAttribute("data-buildings-loaded") != null);
            assertThat(page.js("return window.houseSafe.buildingStyle(arguments[0]);", id))
                    .as("left out of the map after a reload").isNull();
        }
        JsonNode last = world.events(id).get(world.events(id).size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("withdrawal");
        assertThat(last.get("reason").asText()).isEqualTo("与 HX-TEST-SURVEY 重复登记");
    }

    @Test
    void a_second_session_writing_the_same_building_sees_the_conflict_keeps_its_entries_and_can_redo()
            throws Exception {
        String inspector = world.huaxingUser("hx-inspector-2", Role.INSPECTOR);
        String street = world.huaxingUser("hx-street-2", Role.STREET_OFFICE);
        DemoWorld.Target building = world.newUnsurveyedBuilding("HX-TEST-CONFLICT", 1);
        String id = building.id();
        String houseCode = building.houseCode();
        long version = building.version();
        double[] at = building.corner();

        try (Browser first = Browser.start(1280, 800); Browser second = Browser.start(1280, 800)) {
            MapPage a = new MapPage(first).signIn(world.app, inspector, at[0], at[1]);
            MapPage b = new MapPage(second).signIn(world.app, street, at[0], at[1]);
            a.tapBuilding(id, houseCode);
            b.tapBuilding(id, houseCode);

            // The street office starts typing a control measure on version 1 …
            b.openAction("control_measure");
            b.check("measures", "cordon");
            b.note().sendKeys("东侧设置围挡");

            // … while the inspector records a survey: the building moves to version 2.
            a.openAction("survey");
            a.select("judgement", "some");
            a.check("hazardTypes", "deformation");
            a.submit();
            a.waitForVersion(version + 1);
            a.waitForFill(id, ORANGE);

            b.submit();
            WebElement conflict = b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-actions .notice-conflict")));
            assertThat(conflict.getText()).contains("已被他人修改", "待排查 → 已排查", "保留");
            b.wait.until(d -> d.findElement(By.cssSelector("#panel-actions .notice-conflict")).getText().contains("hx-inspector-2"));
            assertThat(b.isChecked("measures", "cordon")).as("typed values are kept").isTrue();
            assertThat(b.note().getAttribute("value")).isEqualTo("东侧设置围挡");
            b.screenshot("conflict.png");

            b.driver.findElement(By.cssSelector("#panel-actions .conflict-reload")).click();
            b.waitForVersion(version + 1);
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#panel-actions .notice-conflict")));
            assertThat(b.isChecked("measures", "cordon")).isTrue();
            assertThat(b.note().getAttribute("value")).isEqualTo("东侧设置围挡");
            b.waitForFill(id, ORANGE);
            b.submit();
            b.waitForVersion(version + 2);
            b.waitForTimeline("survey", "control_measure");
            assertThat(b.latestTimelineItem("control_measure").getText()).contains("封控警示", "东侧设置围挡", "hx-street-2");
        }

        List<String> types = new ArrayList<>();
        world.events(id).forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsExactly("created", "survey", "control_measure");
    }

    static JsonNode find(JsonNode events, String type) {
        for (JsonNode e : events) {
            if (e.get("type").asText().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " event in " + events);
    }
}
