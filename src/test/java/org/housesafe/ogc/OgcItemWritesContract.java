package org.housesafe.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.lifecycle.AuditVerifier;
import org.housesafe.lifecycle.Event;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OGC API Features Part 4 on buildings over HTTP: each verb's success and refusals. */
abstract class OgcItemWritesContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEMS = "/ogc/collections/buildings/items";
    private static final String GEOJSON = "application/geo+json";
    private static final String WEST_SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[112.58,26.95],[112.5801,26.95],[112.5801,26.9501],[112.58,26.9501],[112.58,26.95]]]}";
    private static final String EAST_SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[112.68,26.95],[112.6801,26.95],[112.6801,26.9501],[112.68,26.9501],[112.68,26.95]]]}";

    Database db;
    TestApp app;
    TestClient inspector;
    TestClient office;
    TestClient planner;
    /** Fixture building 0 (west street) and 1 (east street). */
    String west;
    String east;

    abstract Database openDatabase();

    @BeforeEach
    void start() {
        db = openDatabase();
        app = StoreFixture.app(db, 4);
        west = StoreFixture.building(0).building().id().toString();
        east = StoreFixture.building(1).building().id().toString();
        Scope westOnly = Scope.of(Set.of(StoreFixture.WEST));
        inspector = app.client(app.token(app.user("inspector", Role.INSPECTOR, westOnly)));
        office = app.client(app.token(app.user("office", Role.STREET_OFFICE, westOnly)));
        planner = app.client(app.token(app.user("planner", Role.PLANNER, Scope.ALL)));
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private static String feature(String houseCode, String geometry) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{\"basic\":{\"houseCode\":\""
                + houseCode + "\",\"address\":\"华兴街道1号\",\"floorArea\":120}}}";
    }

    private static HttpResponse<String> send(TestClient c, String method, String path, String ifMatch, String key,
                                             String contentType, String body) throws Exception {
        return c.header("If-Match", ifMatch).header("Idempotency-Key", key).send(method, path, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private String etag(String id) throws Exception {
        return app.get("/api/buildings/" + id).headers().firstValue("ETag").orElseThrow();
    }

    private JsonNode stored(String id) throws Exception {
        return JSON.readTree(app.get("/api/buildings/" + id).body());
    }

    private List<Event> history(String id) {
        return app.services.buildings().history(UUID.fromString(id), Scope.ALL);
    }

    private static JsonNode problem(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(r.body());
    }

    @Test
    void post_creates_a_building_at_its_item_url_and_a_replay_creates_nothing_more() throws Exception {
        String k = key();
        HttpResponse<String> r = send(inspector, "POST", ITEMS, null, k, GEOJSON, feature("HS-OGC-1", WEST_SQUARE));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).path("id").asText();
        assertThat(r.headers().firstValue("Location")).contains(ITEMS + "/" + id);
        assertThat(r.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(etag(id)).isEqualTo("\"1\"");

        HttpResponse<String> again = send(inspector, "POST", ITEMS, null, k, GEOJSON, feature("HS-OGC-1", WEST_SQUARE));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.headers().firstValue("Location")).contains(ITEMS + "/" + id);
        assertThat(again.body()).isEqualTo(r.body());
        assertThat(JSON.readTree(app.get("/api/buildings?q=HS-OGC-1").body())
                .path("numberMatched").asLong()).isEqualTo(1);
    }

    @Test
    void post_refuses_a_missing_key_a_bad_body_and_another_street() throws Exception {
        assertThat(send(inspector, "POST", ITEMS, null, null, GEOJSON, feature("HS-OGC-2", WEST_SQUARE))
                .statusCode()).isEqualTo(400);
        assertThat(send(inspector, "POST", ITEMS, null, key(), GEOJSON, "{\"type\":\"Point\"}").statusCode())
                .isEqualTo(422);
        assertThat(send(inspector, "POST", ITEMS, null, key(), GEOJSON, "{\"type\":").statusCode()).isEqualTo(400);
        HttpResponse<String> east = send(inspector, "POST", ITEMS, null, key(), GEOJSON,
                feature("HS-OGC-3", EAST_SQUARE));
        assertThat(east.statusCode()).isEqualTo(403);
        assertThat(send(planner, "POST", ITEMS, null, key(), GEOJSON, feature("HS-OGC-4", WEST_SQUARE))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void put_replaces_the_client_blocks_and_footprint_as_one_edit_with_old_and_new_values() throws Exception {
        int events = history(west).size();
        HttpResponse<String> r = send(inspector, "PUT", ITEMS + "/" + west, etag(west), key(), GEOJSON,
                feature("HS-000000", WEST_SQUARE));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).contains("\"2\"");
        JsonNode b = stored(west);
        assertThat(b.path("properties").path("basic").path("address").asText()).isEqualTo("华兴街道1号");
        assertThat(b.path("properties").path("basic").has("use")).as("a field left out is removed").isFalse();
        assertThat(b.path("geometry").path("coordinates").get(0).get(0).get(0).asDouble()).isEqualTo(112.58);
        List<Event> h = history(west);
        assertThat(h).hasSize(events + 1);
        assertThat(h.get(h.size() - 1).type()).isEqualTo("edit");
        JsonNode changes = JSON.readTree(h.get(h.size() - 1).payloadJson()).path("changes");
        assertThat(changes.findValuesAsText("field")).contains("basic.address", "basic.use", "geometry");
        for (JsonNode c : changes) {
            if (c.path("field").asText().equals("basic.use")) {
                assertThat(c.path("old").asText()).isEqualTo("operating");
                assertThat(c.path("new").isNull()).isTrue();
            }
        }
    }

    @Test
    void put_of_the_feature_as_read_changes_nothing_and_a_changed_lifecycle_block_is_refused() throws Exception {
        String read = app.get("/api/buildings/" + west).body();
        HttpResponse<String> same = send(inspector, "PUT", ITEMS + "/" + west, "\"1\"", key(), GEOJSON, read);
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(same.headers().firstValue("ETag")).contains("\"1\"");

        ObjectNode changed = (ObjectNode) JSON.readTree(read);
        ((ObjectNode) changed.path("properties")).putObject("survey").put("judgement", "none");
        HttpResponse<String> r = send(inspector, "PUT", ITEMS + "/" + west, "\"1\"", key(), GEOJSON,
                changed.toString());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(problem(r).path("errors").findValuesAsText("field")).contains("properties.survey");

        changed = (ObjectNode) JSON.readTree(read);
        changed.put("id", east);
        assertThat(send(inspector, "PUT", ITEMS + "/" + west, "\"1\"", key(), GEOJSON, changed.toString())
                .statusCode()).isEqualTo(422);
        assertThat(etag(west)).isEqualTo("\"1\"");
    }

    @Test
    void patch_merges_and_is_recorded_as_an_edit() throws Exception {
        HttpResponse<String> r = send(inspector, "PATCH", ITEMS + "/" + west, "\"1\"", key(),
                "application/merge-patch+json", "{\"properties\":{\"basic\":{\"floorArea\":321}}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(stored(west).path("properties").path("basic").path("floorArea").asInt()).isEqualTo(321);
        List<Event> h = history(west);
        assertThat(h.get(h.size() - 1).type()).isEqualTo("edit");
        assertThat(send(inspector, "PATCH", ITEMS + "/" + west, "\"2\"", key(), "application/merge-patch+json",
                "{\"properties\":{\"status\":\"closed\"}}").statusCode()).isEqualTo(422);
    }

    @Test
    void every_change_needs_if_match_and_a_stale_one_gets_the_current_etag() throws Exception {
        String put = feature("HS-000000", WEST_SQUARE);
        String patch = "{\"properties\":{\"basic\":{\"floorArea\":5}}}";
        String delete = "{\"reason\":\"重复登记\"}";
        assertThat(send(inspector, "PUT", ITEMS + "/" + west, null, key(), GEOJSON, put).statusCode()).isEqualTo(428);
        assertThat(send(inspector, "PATCH", ITEMS + "/" + west, null, key(), GEOJSON, patch).statusCode())
                .isEqualTo(428);
        assertThat(send(office, "DELETE", ITEMS + "/" + west, null, key(), "application/json", delete).statusCode())
                .isEqualTo(428);
        for (String[] v : new String[][] {{"PUT", put}, {"PATCH", patch}, {"DELETE", delete}}) {
            HttpResponse<String> r = send(office, v[0], ITEMS + "/" + west, "\"7\"", key(), "application/json", v[1]);
            assertThat(r.statusCode()).as(v[0]).isEqualTo(412);
            assertThat(problem(r).path("currentETag").asText()).isEqualTo("\"1\"");
        }
        assertThat(etag(west)).isEqualTo("\"1\"");
    }

    @Test
    void roles_and_streets_are_enforced() throws Exception {
        String patch = "{\"properties\":{\"basic\":{\"floorArea\":5}}}";
        assertThat(send(planner, "PATCH", ITEMS + "/" + west, "\"1\"", key(), GEOJSON, patch).statusCode())
                .isEqualTo(403);
        HttpResponse<String> byInspector = send(inspector, "DELETE", ITEMS + "/" + west, "\"1\"", key(),
                "application/json", "{\"reason\":\"重复登记\"}");
        assertThat(byInspector.statusCode()).as("inspectors do not withdraw").isEqualTo(403);
        assertThat(send(inspector, "PATCH", ITEMS + "/" + east, "\"1\"", key(), GEOJSON, patch).statusCode())
                .isEqualTo(404);
        assertThat(send(inspector, "PUT", ITEMS + "/" + east, "\"1\"", key(), GEOJSON,
                feature("HS-000001", EAST_SQUARE)).statusCode()).isEqualTo(404);
        assertThat(send(office, "DELETE", ITEMS + "/" + east, "\"1\"", key(), "application/json",
                "{\"reason\":\"重复登记\"}").statusCode()).isEqualTo(404);
        assertThat(etag(west)).isEqualTo("\"1\"");
        assertThat(etag(east)).isEqualTo("\"1\"");
    }

    @Test
    void delete_withdraws_with_its_reason_keeps_the_history_and_is_then_not_found() throws Exception {
        int events = history(west).size();
        String k = key();
        String body = "{\"reason\":\"与 HS-000002 重复登记\"}";
        HttpResponse<String> r = send(office, "DELETE", ITEMS + "/" + west, "\"1\"", k, "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        JsonNode b = stored(west);
        assertThat(b.path("properties").path("status").asText()).isEqualTo("withdrawn");
        assertThat(b.path("properties").path("allowedActions")).isEmpty();
        assertThat(b.path("geometry").isObject()).as("the footprint stays").isTrue();
        List<Event> h = history(west);
        assertThat(h).hasSize(events + 1);
        assertThat(h.get(h.size() - 1).type()).isEqualTo("withdrawal");
        assertThat(h.get(h.size() - 1).reason()).isEqualTo("与 HS-000002 重复登记");
        assertThat(new AuditVerifier(db).verify().ok()).isTrue();
        assertThat(app.get(ITEMS + "/" + west).statusCode()).as("the feature is gone from the OGC API").isEqualTo(404);
        assertThat(app.get(ITEMS + "?limit=10000").body()).doesNotContain(west);

        HttpResponse<String> replay = send(office, "DELETE", ITEMS + "/" + west, "\"1\"", k, "application/json", body);
        assertThat(replay.statusCode()).isEqualTo(204);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(send(office, "DELETE", ITEMS + "/" + west, "\"2\"", key(), "application/json", body).statusCode())
                .isEqualTo(404);
        assertThat(send(office, "PATCH", ITEMS + "/" + west, "\"2\"", key(), GEOJSON,
                "{\"properties\":{\"basic\":{\"floorArea\":5}}}").statusCode()).isEqualTo(404);
        assertThat(history(west)).hasSize(events + 1);
    }

    @Test
    void delete_needs_a_reason_and_nothing_else_in_its_body() throws Exception {
        assertThat(problem(send(office, "DELETE", ITEMS + "/" + west, "\"1\"", key(), null, null))
                .path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(send(office, "DELETE", ITEMS + "/" + west, "\"1\"", key(), "application/json",
                "{\"reason\":\"  \"}").statusCode()).isEqualTo(422);
        assertThat(send(office, "DELETE", ITEMS + "/" + west, "\"1\"", key(), "application/json",
                "{\"reason\":\"x\",\"force\":true}").statusCode()).isEqualTo(422);
        assertThat(etag(west)).isEqualTo("\"1\"");
    }

    @Test
    void a_key_reused_for_another_request_is_refused() throws Exception {
        String k = key();
        assertThat(send(inspector, "PATCH", ITEMS + "/" + west, "\"1\"", k, GEOJSON,
                "{\"properties\":{\"basic\":{\"floorArea\":5}}}").statusCode()).isEqualTo(200);
        HttpResponse<String> replay = send(inspector, "PATCH", ITEMS + "/" + west, "\"1\"", k, GEOJSON,
                "{\"properties\":{\"basic\":{\"floorArea\":5}}}");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(send(inspector, "PATCH", ITEMS + "/" + west, "\"2\"", k, GEOJSON,
                "{\"properties\":{\"basic\":{\"floorArea\":6}}}").statusCode()).isEqualTo(422);
        assertThat(etag(west)).isEqualTo("\"2\"");
    }
}
