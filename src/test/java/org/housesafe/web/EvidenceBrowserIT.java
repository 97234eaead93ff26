package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.photo.ExifJpegs;
import org.housesafe.photo.PhotoHttp;
import org.housesafe.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Evidence one can see and trust (issue 14 point 6): a photo whose EXIF places it 500 m from
 * the house is attached to a survey; on a phone the record and the history entry show its
 * thumbnail with a 存疑 badge, and the viewer says 距房屋过远 with the distance and the time it
 * was taken, in Shanghai time. Needs the server's photo flags.
 */
class EvidenceBrowserIT extends DemoWorldTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void a_photo_taken_500_m_from_the_house_is_flagged_in_the_history_and_the_viewer() throws Exception {
        String inspector = world.huaxingUser("hx-evidence", Role.INSPECTOR);
        TestClient api = world.app.client(world.app.token(world.app.services.accounts().byName(inspector).orElseThrow()));
        DemoWorld.Target building = world.newUnsurveyedBuilding("HX-EVIDENCE", 0);
        String id = building.id();
        double[] at = building.corner();
        double north = at[1] + 510 / 111_320.0; // the footprint is 10 m deep: 500 m north of its north side
        Instant taken = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] jpeg = ExifJpegs.takenAt(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").format(taken.atZone(SHANGHAI)),
                "+08:00", north, at[0]);

        String boundary = "----evidence" + UUID.randomUUID();
        HttpResponse<String> upload = api.post("/api/buildings/" + id + "/photos", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(PhotoHttp.multipart(boundary, "file", "far.jpg", "image/jpeg", jpeg)));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String photoId = DemoWorld.JSON.readTree(upload.body()).get("id").asText();
        HttpResponse<String> survey = api.header("If-Match", "\"" + building.version() + "\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/buildings/" + id + "/events", "application/json",
                        "{\"action\":\"survey\",\"payload\":{\"judgement\":\"none\",\"photos\":[\"" + photoId + "\"]}}");
        api.header("If-Match", null).header("Idempotency-Key", null);
        assertThat(survey.statusCode()).as("a flag is not a refusal: " + survey.body()).isEqualTo(200);

        JsonNode photo = photoOf(id, photoId);
        assertThat(photo.get("flags")).as("the server flags the far photo: " + photo).anySatisfy(f ->
                assertThat(f.asText()).isEqualTo("far-from-footprint"));
        double distance = photo.get("distanceMeters").asDouble();
        assertThat(distance).isBetween(450.0, 550.0);
        String farBadge = "距房屋过远（" + Math.round(distance) + " 米）";
        String takenText = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(taken.atZone(SHANGHAI));

        try (Browser phone = Browser.start(390, 844)) {
            MapPage page = new MapPage(phone).signIn(world.app, inspector, at[0], at[1]);
            page.tapBuilding(id, building.houseCode());
            page.waitForTimeline("survey");
            WebElement thumb = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#panel .timeline-item[data-type='survey'] .photo-thumb-button[data-photo-id='" + photoId + "']")));
            assertThat(thumb.getAttribute("class")).contains("is-flagged");
            assertThat(thumb.findElement(By.cssSelector(".photo-flag-badge")).getText()).isEqualTo("存疑");
            assertThat(thumb.getAttribute("title")).contains(farBadge);
            assertThat(thumb.findElement(By.tagName("img")).getAttribute("loading")).isEqualTo("lazy");
            assertThat(thumb.getRect().getHeight()).as("a finger-sized target").isGreaterThanOrEqualTo(44);
            assertThat(page.driver.findElements(By.cssSelector(
                    "#panel .panel-photos .photo-thumb-button.is-flagged[data-photo-id='" + photoId + "']")))
                    .as("the record's photo strip shows it too").hasSize(1);

            page.js("arguments[0].scrollIntoView({block: 'center'});", thumb);
            thumb.click();
            WebElement viewer = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-viewer")));
            page.wait.until(d -> viewer.findElement(By.cssSelector(".photo-viewer-image")).getAttribute("naturalWidth").equals("320"));
            assertThat(viewer.findElement(By.cssSelector(".photo-flag[data-flag='far-from-footprint']")).getText()).isEqualTo(farBadge);
            assertThat(viewer.findElement(By.cssSelector("[data-field='taken']")).getText()).isEqualTo(takenText);
            assertThat(viewer.findElement(By.cssSelector("[data-field='position']")).getText()).contains("北纬", "东经");
            assertThat(viewer.findElement(By.cssSelector("[data-field='distance']")).getText()).isEqualTo(Math.round(distance) + " 米");
            WebElement close = viewer.findElement(By.id("photo-viewer-close"));
            assertThat(close.getRect().getWidth()).isGreaterThanOrEqualTo(44);
            assertThat(close.getRect().getHeight()).isGreaterThanOrEqualTo(44);
            page.screenshot("photo-viewer-phone.png");

            close.sendKeys(Keys.ESCAPE);
            page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("photo-viewer")));
            assertThat(page.driver.findElement(By.id("panel")).isDisplayed()).as("Escape closed the viewer only").isTrue();
        }
    }

    private JsonNode photoOf(String buildingId, String photoId) throws Exception {
        JsonNode photos = DemoWorld.JSON.readTree(world.app.get("/api/buildings/" + buildingId + "/photos").body()).get("photos");
        for (JsonNode p : photos) {
            if (p.get("id").asText().equals(photoId)) {
                return p;
            }
        }
        throw new AssertionError("photo " + photoId + " not listed: " + photos);
    }
}
