package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/house-codes/next}: the next free {@code <community>-NNNN} of the community a
 * point lies in, within the caller's streets; codes of other forms and of other communities do
 * not count. The fixture's 西北社区 (430408003001) lies at 112.50–112.60, 26.90–27.00.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HouseCodeNextContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEXT = "/api/house-codes/next";
    private static final String IN_WEST_NORTH = "?lon=112.555&lat=26.955";

    Database db;
    TestApp app;
    TestClient huaxing;

    abstract Database openDatabase();

    @BeforeAll
    void start() throws Exception {
        db = openDatabase();
        app = StoreFixture.app(db, 0);
        huaxing = app.client(app.token(app.user("huaxing-inspector", Role.INSPECTOR,
                Scope.of(Set.of(StoreFixture.WEST)))));
        double lon = 112.52;
        for (String code : List.of("430408003001-0007", "430408003001-0012", "430408003001-12", "430408003001-00099",
                "X430408003001-0500", "430408003002-0600", "430408003001-abcd")) {
            create(code, lon += 0.001);
        }
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    private void create(String code, double lon) throws Exception {
        String feature = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + lon
                + ",26.95],[" + (lon + 0.0001) + ",26.95],[" + (lon + 0.0001) + ",26.9501],[" + lon + ",26.9501],["
                + lon + ",26.95]]]},\"properties\":{\"basic\":{\"houseCode\":\"" + code + "\",\"address\":\"测试路\"}}}";
        HttpResponse<String> r = app.district.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/buildings", "application/json", feature);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void the_next_code_is_one_more_than_the_highest_serial_of_the_communitys_own_form() throws Exception {
        HttpResponse<String> r = huaxing.get(NEXT + IN_WEST_NORTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode next = JSON.readTree(r.body());
        assertThat(next.get("houseCode").asText()).isEqualTo("430408003001-0013");
        assertThat(next.get("community").get("code").asText()).isEqualTo(StoreFixture.WEST_NORTH);
        assertThat(next.get("community").get("name").asText()).isEqualTo("西北社区");
        assertThat(next.get("street").get("code").asText()).isEqualTo(StoreFixture.WEST);
        assertThat(next.get("street").get("name").asText()).isEqualTo("华兴街道");
    }

    @Test
    void a_community_with_no_code_of_its_form_starts_at_0001() throws Exception {
        JsonNode next = JSON.readTree(app.district.get(NEXT + "?lon=112.65&lat=26.85").body());
        assertThat(next.get("houseCode").asText()).isEqualTo(StoreFixture.EAST_SOUTH + "-0001");
    }

    @Test
    void a_point_in_another_street_is_403_without_naming_it() throws Exception {
        HttpResponse<String> r = huaxing.get(NEXT + "?lon=112.65&lat=26.95");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(r.body()).contains("outside-scope").doesNotContain(StoreFixture.EAST).doesNotContain("联合");
    }

    @Test
    void a_point_in_no_community_is_422() throws Exception {
        HttpResponse<String> r = huaxing.get(NEXT + "?lon=112.0&lat=26.5");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("outside-community");
    }

    @Test
    void bad_coordinates_are_400_naming_them() throws Exception {
        for (String query : List.of("", "?lon=112.55", "?lat=26.95", "?lon=abc&lat=26.95", "?lon=NaN&lat=26.95",
                "?lon=200&lat=26.95", "?lon=26.955&lat=112.555", "?lon=112.55&lon=112.56&lat=26.95",
                "?lon=112.55&lat=26.95&community=430408003001")) {
            HttpResponse<String> r = huaxing.get(NEXT + query);
            assertThat(r.statusCode()).as(query + " " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(query).containsAnyOf("\"lon\"", "\"lat\"", "\"community\"");
        }
    }

    @Test
    void only_the_roles_that_create_buildings_may_ask() throws Exception {
        for (Role role : List.of(Role.PLANNER, Role.APPRAISER)) {
            Scope scope = role == Role.PLANNER ? Scope.ALL : Scope.of(Set.of(StoreFixture.WEST));
            TestClient reader = app.client(app.token(app.user("next-" + role.code(), role, scope)));
            assertThat(reader.get(NEXT + IN_WEST_NORTH).statusCode()).as(role.code()).isEqualTo(403);
        }
        assertThat(app.anonymous().get(NEXT + IN_WEST_NORTH).statusCode()).isEqualTo(401);
    }
}
