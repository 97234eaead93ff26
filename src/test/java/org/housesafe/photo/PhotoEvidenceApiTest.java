package org.housesafe.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.photo.PhotoFixture.EAST_BUILDING;
import static org.housesafe.photo.PhotoFixture.WEST;
import static org.housesafe.photo.PhotoFixture.WEST_BUILDING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Photos become evidence of the event that cites them, once, in the event's transaction. */
class PhotoEvidenceApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    Database db;
    PhotoTestApp app;
    PhotoHttp uploader;
    TestClient actor;

    @BeforeEach
    void start() {
        db = Database.open("jdbc:h2:mem:evidence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        PhotoFixture.load(db);
        app = new PhotoTestApp(db);
        String token = app.app.token(app.app.user("inspector", Role.INSPECTOR, Scope.of(Set.of(WEST,
                PhotoFixture.EAST))));
        uploader = new PhotoHttp(app.app.base(), token);
        actor = app.app.client(token);
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private String upload(UUID building) throws Exception {
        return upload(building, TestImages.jpeg(320, 240)).get("id").asText();
    }

    private JsonNode upload(UUID building, byte[] jpeg) throws Exception {
        HttpResponse<byte[]> r = uploader.upload("/api/buildings/" + building + "/photos", "file", "现场.jpg",
                "image/jpeg", jpeg);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> survey(String version, String... photos) throws Exception {
        String ids = String.join("\",\"", photos);
        String body = "{\"action\":\"survey\",\"payload\":{\"judgement\":\"some\",\"hazardTypes\":[\"deformation\"]"
                + (photos.length == 0 ? "" : ",\"photos\":[\"" + ids + "\"]") + "}}";
        return actor.header("If-Match", "\"" + version + "\"").header("Idempotency-Key", UUID.randomUUID().toString())
                .send("POST", "/api/buildings/" + WEST_BUILDING + "/events", "application/json",
                        HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonNode photos() throws Exception {
        return JSON.readTree(actor.get("/api/buildings/" + WEST_BUILDING + "/photos").body()).get("photos");
    }

    @Test
    void a_survey_with_photos_makes_them_evidence_of_its_event() throws Exception {
        String a = upload(WEST_BUILDING);
        String b = upload(WEST_BUILDING);
        HttpResponse<String> r = survey("1", a, b);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(photos()).extracting(p -> p.get("eventSeq").asInt()).containsOnly(3);
        var history = app.app.services.buildings().history(WEST_BUILDING, Scope.ALL);
        assertThat(history.get(2).type()).isEqualTo("survey");
        assertThat(history.get(2).payloadJson()).contains(a, b);
    }

    @Test
    void a_photo_used_twice_of_another_building_or_unknown_is_422_and_nothing_is_written() throws Exception {
        String a = upload(WEST_BUILDING);
        assertThat(survey("1", a).statusCode()).isEqualTo(200);
        for (String bad : new String[] {a, upload(EAST_BUILDING), UUID.randomUUID().toString()}) {
            HttpResponse<String> r = survey("2", bad);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(JSON.readTree(r.body()).get("errors").get(0).get("field").asText()).isEqualTo("payload.photos");
        }
        assertThat(app.app.services.buildings().get(WEST_BUILDING, Scope.ALL).version()).isEqualTo(2);
        assertThat(app.app.services.buildings().history(WEST_BUILDING, Scope.ALL)).hasSize(3);
        assertThat(JSON.readTree(actor.get("/api/buildings/" + EAST_BUILDING + "/photos").body()).get("photos")
                .get(0).get("eventSeq").isNull()).isTrue();
    }

    @Test
    void a_photo_refused_with_its_event_stays_free_for_the_next_try() throws Exception {
        String a = upload(WEST_BUILDING);
        String foreign = upload(EAST_BUILDING);
        assertThat(survey("1", a, foreign).statusCode()).isEqualTo(422);
        assertThat(photos().get(0).get("eventSeq").isNull()).isTrue();
        assertThat(survey("1", a).statusCode()).isEqualTo(200);
    }

    @Test
    void a_photo_taken_500_m_away_is_flagged_in_the_api_when_its_event_claims_it_and_not_refused() throws Exception {
        byte[] far = TestImages.withSegment(TestImages.jpeg(320, 240),
                TestImages.exif(Exif.empty().taken("2024:01:10 11:00:00").at(26.95 - 500 / 110_800.0, 112.55005)));
        JsonNode uploaded = upload(WEST_BUILDING, far);
        assertThat(uploaded.get("checked").asBoolean()).isFalse();
        assertThat(uploaded.get("flags")).isEmpty();
        assertThat(uploaded.get("distanceMeters").isNull()).isTrue();
        String plain = upload(WEST_BUILDING);
        HttpResponse<String> r = survey("1", uploaded.get("id").asText(), plain);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode photos = photos();
        JsonNode flagged = photos.get(0).get("id").asText().equals(plain) ? photos.get(1) : photos.get(0);
        JsonNode unplaced = photos.get(0) == flagged ? photos.get(1) : photos.get(0);
        assertThat(flagged.get("checked").asBoolean()).isTrue();
        assertThat(flagged.get("flags")).extracting(JsonNode::asText).containsExactly("far-from-footprint");
        assertThat(flagged.get("distanceMeters").asDouble()).isBetween(498.0, 502.0);
        assertThat(unplaced.get("flags")).extracting(JsonNode::asText).containsExactly("no-position");
    }
}
