package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Editing attributes and footprints with JSON Merge Patch, and idempotent creation, over HTTP. */
abstract class BuildingEditContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGE = "application/merge-patch+json";
    /** A square in the west street, north community, away from the fixture's buildings. */
    private static final String WEST_SQUARE =
            "[[[112.58,26.95],[112.5801,26.95],[112.5801,26.9501],[112.58,26.9501],[112.58,26.95]]]";
    private static final String EAST_SQUARE =
            "[[[112.68,26.95],[112.6801,26.95],[112.6801,26.9501],[112.68,26.9501],[112.68,26.95]]]";

    Database db;
    TestApp app;
    TestClient inspector;
    String id;

    abstract Database openDatabase();

    @BeforeEach
    void start() {
        db = openDatabase();
        app = new TestApp(db);
        app.services.units().insertAll(StoreFixture.units());
        app.services.buildings().store().insertAll(StoreFixture.buildings(0, 4));
        id = StoreFixture.building(0).building().id().toString();   // west
        inspector = app.client(app.token(app.user("inspector", Role.INSPECTOR, Scope.of(Set.of(StoreFixture.WEST)))));
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private HttpResponse<String> patch(TestClient c, String ifMatch, String key, String body) throws Exception {
        return c.header("If-Match", ifMatch).header("Idempotency-Key", key)
                .send("PATCH", "/api/buildings/" + id, MERGE, HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> patch(String body) throws Exception {
        return patch(inspector, "\"1\"", UUID.randomUUID().toString(), body);
    }

    private JsonNode stored() throws Exception {
        return JSON.readTree(app.get("/api/buildings/" + id).body());
    }

    private JsonNode lastEvent() {
        var history = app.services.buildings().history(UUID.fromString(id), Scope.ALL);
        try {
            return JSON.readTree(history.get(history.size() - 1).payloadJson());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_merge_patch_changes_the_named_fields_removes_nulls_and_records_old_and_new() throws Exception {
        HttpResponse<String> r = patch("{\"properties\":{\"basic\":{\"address\":\"华兴街道新址1号\","
                + "\"floorArea\":null,\"ownerName\":\"王五\"}}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).contains("\"2\"");
        JsonNode p = JSON.readTree(r.body()).get("properties");
        assertThat(p.get("address").asText()).isEqualTo("华兴街道新址1号");
        assertThat(p.get("basic").has("floorArea")).isFalse();
        assertThat(p.get("floorArea").isNull()).isTrue();
        assertThat(p.get("basic").get("houseCode").asText()).isEqualTo("HS-000000");
        assertThat(p.get("status").asText()).as("lifecycle untouched").isEqualTo("unsurveyed");
        JsonNode changes = lastEvent().get("changes");
        assertThat(changes).extracting(c -> c.get("field").asText())
                .containsExactly("basic.address", "basic.floorArea", "basic.ownerName");
        assertThat(changes.get(0).get("old").asText()).isEqualTo("华兴街道0号");
        assertThat(changes.get(1).get("new").isNull()).isTrue();
        assertThat(app.services.buildings().history(UUID.fromString(id), Scope.ALL))
                .extracting(e -> e.type()).endsWith("edit");
    }

    @Test
    void owner_data_in_an_edit_is_masked_for_planners_reading_the_history() throws Exception {
        patch("{\"properties\":{\"basic\":{\"ownerPhone\":\"13812345678\"}}}");
        TestClient planner = app.client(app.token(app.user("planner", Role.PLANNER, Scope.ALL)));
        String history = planner.get("/api/buildings/" + id + "/events").body();
        assertThat(history).contains("138****5678").doesNotContain("13812345678");
        assertThat(app.get("/api/buildings/" + id + "/events").body()).contains("13812345678");
    }

    @Test
    void moving_the_footprint_measures_it_and_reassigns_the_community() throws Exception {
        HttpResponse<String> r = patch("{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + WEST_SQUARE.replace("26.95", "26.85").replace("26.9501", "26.8501") + "}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode p = JSON.readTree(r.body()).get("properties");
        assertThat(p.get("communityCode").asText()).isEqualTo(StoreFixture.WEST_SOUTH);
        assertThat(p.get("communityName").asText()).isEqualTo("西南社区");
        assertThat(p.get("footprintArea").asDouble()).isBetween(110.0, 113.0);
        JsonNode change = lastEvent().get("changes").get(0);
        assertThat(change.get("field").asText()).isEqualTo("geometry");
        assertThat(change.get("old").get("type").asText()).isEqualTo("Polygon");
        assertThat(change.get("new").get("coordinates").get(0).get(0).get(1).asDouble()).isEqualTo(26.85);
    }

    @Test
    void a_footprint_in_another_coordinate_system_is_422_naming_crs_and_changes_nothing() throws Exception {
        HttpResponse<String> r = patch("{\"geometry\":{\"type\":\"Polygon\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"EPSG:4549\"}},\"coordinates\":" + WEST_SQUARE + "}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("errors").get(0).get("field").asText()).isEqualTo("geometry.crs");
        assertThat(stored().get("properties").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_footprint_moved_into_another_street_is_403_and_changes_nothing() throws Exception {
        HttpResponse<String> r = patch("{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + EAST_SQUARE + "}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(stored().get("properties").get("version").asInt()).isEqualTo(1);
        assertThat(stored().get("properties").get("streetCode").asText()).isEqualTo(StoreFixture.WEST);
    }

    @ParameterizedTest(name = "{0} → 422 on {1}")
    @CsvSource(delimiter = '|', value = {
        "{'id':'00000000-0000-0000-0000-000000000000'}    | id",
        "{'properties':{'status':'closed'}}                | properties.status",
        "{'properties':{'version':9}}                      | properties.version",
        "{'properties':{'streetCode':'430408004'}}         | properties.streetCode",
        "{'properties':{'updatedAt':'2020-01-01T00:00:00Z'}} | properties.updatedAt",
        "{'properties':{'survey':{'judgement':'none'}}}    | properties.survey",
        "{'properties':{'basic':{'address':null}}}         | properties.basic.address",
        "{'properties':{'basic':{'use':'casino'}}}         | properties.basic.use",
        "{'geometry':null}                                 | geometry",
        "{'geometry':{'type':'Point','coordinates':[112.58,26.95]}} | geometry.type",
    })
    void server_owned_fields_and_bad_values_are_422_and_change_nothing(String body, String field) throws Exception {
        HttpResponse<String> r = patch(body.replace('\'', '"'));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("errors")).extracting(e -> e.get("field").asText()).contains(field);
        assertThat(stored().get("properties").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void stale_or_missing_if_match_and_a_missing_key_are_refused() throws Exception {
        String body = "{\"properties\":{\"basic\":{\"address\":\"x\"}}}";
        assertThat(patch(inspector, null, UUID.randomUUID().toString(), body).statusCode()).isEqualTo(428);
        assertThat(patch(inspector, "\"5\"", UUID.randomUUID().toString(), body).statusCode()).isEqualTo(412);
        assertThat(patch(inspector, "\"1\"", null, body).statusCode()).isEqualTo(400);
        assertThat(stored().get("properties").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_replayed_patch_answers_the_same_and_writes_once_while_another_body_is_422() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"properties\":{\"basic\":{\"address\":\"重放1号\"}}}";
        HttpResponse<String> first = patch(inspector, "\"1\"", key, body);
        HttpResponse<String> again = patch(inspector, "\"1\"", key, body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(patch(inspector, "\"2\"", key, "{\"properties\":{\"basic\":{\"address\":\"别的\"}}}").statusCode())
                .isEqualTo(422);
        assertThat(stored().get("properties").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void planners_may_not_edit() throws Exception {
        TestClient planner = app.client(app.token(app.user("planner", Role.PLANNER, Scope.ALL)));
        assertThat(patch(planner, "\"1\"", UUID.randomUUID().toString(), "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void the_building_lists_the_actions_its_reader_may_take() throws Exception {
        JsonNode asInspector = JSON.readTree(inspector.get("/api/buildings/" + id).body()).get("properties");
        assertThat(asInspector.get("status").asText()).isEqualTo("unsurveyed");
        assertThat(asInspector.get("allowedActions")).extracting(JsonNode::asText).containsExactly("survey", "edit");
        JsonNode asDistrict = stored().get("properties");
        assertThat(asDistrict.get("allowedActions")).extracting(JsonNode::asText)
                .containsExactly("control_measure", "demolition_order", "withdrawal", "edit");
        TestClient planner = app.client(app.token(app.user("planner", Role.PLANNER, Scope.ALL)));
        assertThat(JSON.readTree(planner.get("/api/buildings/" + id).body()).get("properties").get("allowedActions"))
                .isEmpty();
    }

    @Test
    void an_offline_creation_replayed_with_its_key_is_created_once() throws Exception {
        String clientId = UUID.randomUUID().toString();
        String feature = "{\"type\":\"Feature\",\"id\":\"" + clientId + "\",\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":" + WEST_SQUARE + "},\"properties\":{\"basic\":{\"houseCode\":\"OFF-1\","
                + "\"address\":\"离线1号\"}}}";
        String key = UUID.randomUUID().toString();
        TestClient c = inspector.header("Idempotency-Key", key);
        HttpResponse<String> first = c.post("/api/buildings", "application/geo+json", feature);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(JSON.readTree(first.body()).get("id").asText()).isEqualTo(clientId);
        assertThat(JSON.readTree(first.body()).get("properties").get("streetName").asText()).isEqualTo("华兴街道");
        HttpResponse<String> again = c.post("/api/buildings", "application/geo+json", feature);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(c.post("/api/buildings", "application/geo+json", feature.replace("离线1号", "离线2号")).statusCode())
                .isEqualTo(422);
        assertThat(inspector.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/buildings", "application/geo+json", feature).statusCode())
                .as("the same building under a new key is a conflict").isEqualTo(409);
        assertThat(inspector.header("Idempotency-Key", null).post("/api/buildings", "application/geo+json", feature)
                .statusCode()).isEqualTo(400);
        assertThat(app.services.buildings().store().count(BuildingFilter.ALL)).isEqualTo(5);
    }
}
