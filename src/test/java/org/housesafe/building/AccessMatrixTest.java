package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what, cell by cell: every role (scoped to the west street, or to all streets),
 * users of the east street, and nobody, against a building in the west and one in the east.
 * A refused write changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Scope WEST = Scope.of(Set.of(StoreFixture.WEST));
    private static final Scope EAST = Scope.of(Set.of(StoreFixture.EAST));
    private static final String WEST_SQUARE =
            "[[[112.55,26.95],[112.5501,26.95],[112.5501,26.9501],[112.55,26.9501],[112.55,26.95]]]";
    private static final String EAST_SQUARE =
            "[[[112.65,26.95],[112.6501,26.95],[112.6501,26.9501],[112.65,26.9501],[112.65,26.95]]]";

    Database db;
    TestApp app;
    final Map<String, TestClient> clients = new LinkedHashMap<>();
    final AtomicInteger serial = new AtomicInteger();
    String westId;
    String eastId;

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:matrix-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = new TestApp(db);
        app.services.units().insertAll(StoreFixture.units());
        app.services.buildings().store().insertAll(StoreFixture.buildings(0, 40));
        westId = StoreFixture.building(0).building().id().toString();
        eastId = StoreFixture.building(1).building().id().toString();
        add("inspector-w", Role.INSPECTOR, WEST);
        add("street-w", Role.STREET_OFFICE, WEST);
        add("district-w", Role.DISTRICT, WEST);
        add("district-all", Role.DISTRICT, Scope.ALL);
        add("appraiser-w", Role.APPRAISER, WEST);
        add("planner-all", Role.PLANNER, Scope.ALL);
        add("admin-all", Role.ADMIN, Scope.ALL);
        add("inspector-e", Role.INSPECTOR, EAST);
        add("street-e", Role.STREET_OFFICE, EAST);
        clients.put("anonymous", app.anonymous());
    }

    private void add(String name, Role role, Scope scope) {
        clients.put(name, app.client(app.token(app.user(name, role, scope))));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // user      | one W | one E | hist W | hist E | new W | new E | list | units | stats | users | me
        "anonymous    | 401   | 401   | 401    | 401    | 401   | 401   | 401  | 401   | 401   | 401   | 401",
        "inspector-w  | 200   | 404   | 200    | 404    | 201   | 403   | 200  | 200   | 200   | 403   | 200",
        "street-w     | 200   | 404   | 200    | 404    | 201   | 403   | 200  | 200   | 200   | 403   | 200",
        "district-w   | 200   | 404   | 200    | 404    | 201   | 403   | 200  | 200   | 200   | 403   | 200",
        "district-all | 200   | 200   | 200    | 200    | 201   | 201   | 200  | 200   | 200   | 403   | 200",
        "appraiser-w  | 200   | 404   | 200    | 404    | 403   | 403   | 200  | 200   | 200   | 403   | 200",
        "planner-all  | 200   | 200   | 200    | 200    | 403   | 403   | 200  | 200   | 200   | 403   | 200",
        "admin-all    | 200   | 200   | 200    | 200    | 403   | 403   | 200  | 200   | 200   | 200   | 200",
        "inspector-e  | 404   | 200   | 404    | 200    | 403   | 201   | 200  | 200   | 200   | 403   | 200",
        "street-e     | 404   | 200   | 404    | 200    | 403   | 201   | 200  | 200   | 200   | 403   | 200",
    })
    void each_cell_answers_exactly_its_status(String user, int oneW, int oneE, int histW, int histE, int newW,
                                              int newE, int list, int units, int stats, int users, int me)
            throws Exception {
        TestClient c = clients.get(user);
        assertThat(c.get("/api/buildings/" + westId).statusCode()).as("one W").isEqualTo(oneW);
        assertThat(c.get("/api/buildings/" + eastId).statusCode()).as("one E").isEqualTo(oneE);
        assertThat(c.get("/api/buildings/" + westId + "/events").statusCode()).as("hist W").isEqualTo(histW);
        assertThat(c.get("/api/buildings/" + eastId + "/events").statusCode()).as("hist E").isEqualTo(histE);
        assertCreate(c, WEST_SQUARE, newW, "new W");
        assertCreate(c, EAST_SQUARE, newE, "new E");
        assertThat(c.get("/api/buildings").statusCode()).as("list").isEqualTo(list);
        assertThat(c.get("/api/admin-units?level=community").statusCode()).as("units").isEqualTo(units);
        assertThat(c.get("/api/stats/summary").statusCode()).as("stats").isEqualTo(stats);
        assertThat(c.get("/api/users").statusCode()).as("users").isEqualTo(users);
        assertThat(c.get("/api/me").statusCode()).as("me").isEqualTo(me);
    }

    private void assertCreate(TestClient c, String square, int expected, String cell) throws Exception {
        long before = count();
        String feature = BuildingApiTest.feature("M-" + serial.incrementAndGet(), square);
        HttpResponse<String> r = c.header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/buildings", "application/json", feature);
        assertThat(r.statusCode()).as(cell + ": " + r.body()).isEqualTo(expected);
        assertThat(count()).as(cell + " changes nothing when refused").isEqualTo(before + (expected == 201 ? 1 : 0));
    }

    private long count() {
        return app.services.buildings().store().count(BuildingFilter.ALL);
    }

    @Test
    void lists_units_and_statistics_hold_only_the_callers_streets() throws Exception {
        for (String user : new String[] {"inspector-w", "street-e", "appraiser-w", "district-all"}) {
            TestClient c = clients.get(user);
            Set<String> allowed = user.endsWith("-w") ? Set.of(StoreFixture.WEST)
                    : user.endsWith("-e") ? Set.of(StoreFixture.EAST) : Set.of(StoreFixture.WEST, StoreFixture.EAST);
            JsonNode list = JSON.readTree(c.get("/api/buildings?limit=10000").body());
            assertThat(list.get("numberReturned").asInt()).isPositive();
            list.get("features").forEach(f ->
                    assertThat(allowed).as(user).contains(f.get("properties").get("streetCode").asText()));
            JsonNode units = JSON.readTree(c.get("/api/admin-units?level=street").body());
            units.get("features").forEach(f -> assertThat(allowed).as(user).contains(f.get("id").asText()));
            assertThat(units.get("features").size()).isEqualTo(allowed.size());
            JsonNode communities = JSON.readTree(c.get("/api/admin-units?level=community").body());
            communities.get("features").forEach(f ->
                    assertThat(allowed).as(user).contains(f.get("properties").get("parentCode").asText()));
            JsonNode stats = JSON.readTree(c.get("/api/stats/summary").body());
            stats.get("units").forEach(u -> assertThat(allowed).as(user).contains(u.get("code").asText()));
            assertThat(stats.get("total").get("buildings").asLong()).isEqualTo(list.get("numberMatched").asLong());
        }
    }

    @Test
    void owners_personal_data_is_masked_for_planners_and_appraisers_only() throws Exception {
        var b = StoreFixture.building(0).building();
        String id = b.id().toString();
        String attrs = "{\"basic\":{\"houseCode\":\"MASK-1\",\"address\":\"x\",\"ownerName\":\"张三明\","
                + "\"ownerPhone\":\"13812345678\",\"ownerIdNumber\":\"430408199001011234\"}}";
        try (var c = db.connection(); var ps = c.prepareStatement("UPDATE building SET attributes = "
                + db.dialect().jsonParam() + " WHERE id = ?")) {
            ps.setString(1, attrs);
            ps.setObject(2, b.id());
            ps.executeUpdate();
        }
        for (String user : new String[] {"planner-all", "appraiser-w"}) {
            JsonNode basic = JSON.readTree(clients.get(user).get("/api/buildings/" + id).body())
                    .get("properties").get("basic");
            assertThat(basic.get("ownerName").asText()).isEqualTo("张*明");
            assertThat(basic.get("ownerPhone").asText()).isEqualTo("138****5678");
            assertThat(basic.get("ownerIdNumber").asText()).isEqualTo("430408********1234");
        }
        for (String user : new String[] {"inspector-w", "street-w", "district-all", "admin-all"}) {
            JsonNode basic = JSON.readTree(clients.get(user).get("/api/buildings/" + id).body())
                    .get("properties").get("basic");
            assertThat(basic.get("ownerPhone").asText()).as(user).isEqualTo("13812345678");
        }
        JsonNode me = JSON.readTree(clients.get("planner-all").get("/api/me").body());
        assertThat(me.get("masked").asBoolean()).isTrue();
    }
}
