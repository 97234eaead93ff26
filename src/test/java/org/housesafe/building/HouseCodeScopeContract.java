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

/**
 * Nothing reveals another street's buildings (issue 13 point 7): house codes are unique within a
 * street, so a code used only in 联合 is free in 华兴 and the other way round, on creation and on
 * a PATCH of {@code houseCode}; a clash on a client-chosen id answers alike in and out of scope;
 * the 403 for a footprint outside one's streets does not name the street.
 */
abstract class HouseCodeScopeContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fixture building 0 is in 华兴 (west), building 1 in 联合 (east). */
    private static final String HUAXING_CODE = "HS-000000";
    private static final String LIANHE_CODE = "HS-000001";

    Database db;
    TestApp app;
    TestClient huaxing;
    TestClient lianhe;

    abstract Database openDatabase();

    @BeforeEach
    void start() {
        db = openDatabase();
        app = StoreFixture.app(db, 8);
        huaxing = app.client(app.token(app.user("huaxing", Role.STREET_OFFICE, Scope.of(Set.of(StoreFixture.WEST)))));
        lianhe = app.client(app.token(app.user("lianhe", Role.STREET_OFFICE, Scope.of(Set.of(StoreFixture.EAST)))));
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private static String feature(String id, String code, double lon) {
        return "{\"type\":\"Feature\"," + (id == null ? "" : "\"id\":\"" + id + "\",")
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + ",26.95],[" + (lon + 0.0001)
                + ",26.95],[" + (lon + 0.0001) + ",26.9501],[" + lon + ",26.9501],[" + lon + ",26.95]]]},"
                + "\"properties\":{\"basic\":{\"houseCode\":\"" + code + "\",\"address\":\"测试路1号\"}}}";
    }

    private static HttpResponse<String> create(TestClient who, String feature) throws Exception {
        return who.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/buildings", "application/geo+json", feature);
    }

    private static HttpResponse<String> renameTo(TestClient who, UUID id, String code) throws Exception {
        return patch(who, id, "{\"properties\":{\"basic\":{\"houseCode\":\"" + code + "\"}}}");
    }

    /** A merge patch of fixture building {@code id}, still at version 1. */
    private static HttpResponse<String> patch(TestClient who, UUID id, String body) throws Exception {
        return who.header("If-Match", "\"1\"").header("Idempotency-Key", UUID.randomUUID().toString())
                .send("PATCH", "/api/buildings/" + id, "application/merge-patch+json",
                        HttpRequest.BodyPublishers.ofString(body));
    }

    /** The 华兴 answer and the 联合 answer both have {@code status}. */
    private static void assertStatus(int status, HttpResponse<String> huaxing, HttpResponse<String> lianhe) {
        assertThat(huaxing.statusCode()).as("华兴: " + huaxing.body()).isEqualTo(status);
        assertThat(lianhe.statusCode()).as("联合: " + lianhe.body()).isEqualTo(status);
    }

    private static UUID fixtureId(int i) {
        return StoreFixture.building(i).building().id();
    }

    @Test
    void a_house_code_used_only_in_lianhe_is_free_in_huaxing_and_the_other_way_round() throws Exception {
        assertStatus(201, create(huaxing, feature(null, LIANHE_CODE, 112.55)),
                create(lianhe, feature(null, HUAXING_CODE, 112.65)));
    }

    @Test
    void a_house_code_used_in_ones_own_street_is_a_409_both_ways() throws Exception {
        assertStatus(409, create(huaxing, feature(null, HUAXING_CODE, 112.55)),
                create(lianhe, feature(null, LIANHE_CODE, 112.65)));
    }

    @Test
    void a_patch_to_a_code_used_only_in_the_other_street_succeeds_both_ways() throws Exception {
        assertStatus(200, renameTo(huaxing, fixtureId(2), LIANHE_CODE), renameTo(lianhe, fixtureId(3), HUAXING_CODE));
    }

    @Test
    void a_patch_to_a_code_used_in_ones_own_street_is_a_409_both_ways() throws Exception {
        assertStatus(409, renameTo(huaxing, fixtureId(2), HUAXING_CODE), renameTo(lianhe, fixtureId(3), LIANHE_CODE));
        assertThat(app.services.buildings().get(fixtureId(2), Scope.ALL).version()).isEqualTo(1);
    }

    @Test
    void a_clash_on_a_client_chosen_id_answers_alike_whether_the_other_building_is_in_scope_or_not()
            throws Exception {
        HttpResponse<String> own = create(huaxing, feature(fixtureId(0).toString(), "NEW-1", 112.55));
        HttpResponse<String> other = create(huaxing, feature(fixtureId(1).toString(), "NEW-2", 112.5502));
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(other.statusCode()).isEqualTo(own.statusCode());
        JsonNode a = JSON.readTree(own.body());
        JsonNode b = JSON.readTree(other.body());
        assertThat(b.get("type")).isEqualTo(a.get("type"));
        assertThat(b.get("title")).isEqualTo(a.get("title"));
        assertThat(b.get("detail")).isEqualTo(a.get("detail"));
    }

    @Test
    void the_403_for_a_footprint_in_another_street_does_not_name_that_street() throws Exception {
        HttpResponse<String> r = create(huaxing, feature(null, "NEW-3", 112.65));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain(StoreFixture.EAST).doesNotContain("联合");
        HttpResponse<String> moved = patch(huaxing, fixtureId(2),
                "{\"geometry\":" + JSON.readTree(feature(null, "X", 112.65)).get("geometry") + "}");
        assertThat(moved.statusCode()).isEqualTo(403);
        assertThat(moved.body()).doesNotContain(StoreFixture.EAST).doesNotContain("联合");
    }
}
