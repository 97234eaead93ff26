package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.housesafe.account.AccountStore;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.export.Ogr;
import org.housesafe.platform.db.Database;
import org.housesafe.tile.TileHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEAD works where GET works (issue 13 point 9): GET's roles, GET's headers, no body, nothing
 * logged as a denial; GDAL's /vsicurl/, which sends HEAD first, opens an export and a tile. The
 * login page's probe of /api/me is no security denial, and the security log can show failures only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TILE = TileHttp.path(TileHttp.at(112.51005, 26.91005, 16));

    Database db;
    TestApp app;
    String district;
    String inspector;
    String admin;

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:head-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = StoreFixture.app(db, 40);
        district = app.token(app.services.accounts().byName("test-district").orElseThrow());
        inspector = app.token(app.user("inspector", Role.INSPECTOR, Scope.of(java.util.Set.of(StoreFixture.WEST))));
        admin = app.token(app.services.accounts().byName("test-admin").orElseThrow());
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return app.client(token).send(method, path, null, HttpRequest.BodyPublishers.noBody());
    }

    private long denials() {
        return app.services.accounts().recentEvents(1000).stream()
                .filter(e -> e.outcome().startsWith("denied_")).count();
    }

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {"/health", "/api/config", "/api/me", "/api/buildings?limit=2", "/api/stats/summary",
        "/api/stats/report", "/api/ledger?limit=2", "/api/export/buildings.geojson", "/api/export/ledger.csv",
        "/tiles/buildings.json", "/index.html"})
    void head_answers_like_get_with_its_headers_and_no_body(String path) throws Exception {
        long before = denials();
        HttpResponse<String> get = send("GET", path, district);
        HttpResponse<String> head = send("HEAD", path, district);
        assertThat(head.statusCode()).as(head.body()).isEqualTo(get.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        for (String name : List.of("content-type", "content-disposition", "content-security-policy",
                "x-content-type-options", "cache-control")) {
            assertThat(head.headers().firstValue(name)).as(name).isEqualTo(get.headers().firstValue(name));
        }
        assertThat(denials()).isEqualTo(before);
    }

    @Test
    void head_of_a_tile_has_its_etag() throws Exception {
        HttpResponse<String> get = send("GET", TILE, district);
        HttpResponse<String> head = send("HEAD", TILE, district);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).isPresent().isEqualTo(get.headers().firstValue("ETag"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void head_has_the_roles_of_get() throws Exception {
        assertThat(send("HEAD", "/api/users", inspector).statusCode()).isEqualTo(403);
        assertThat(send("HEAD", "/api/users", admin).statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/api/buildings", null).statusCode()).isEqualTo(401);
        assertThat(send("HEAD", "/api/buildings/" + StoreFixture.building(1).building().id(), inspector)
                .statusCode()).as("another street's building").isEqualTo(404);
    }

    @Test
    void gdal_vsicurl_opens_an_export_and_a_tile_with_a_token() throws Exception {
        Ogr.require();
        assertThat(Ogr.remoteFeatureCount(app.base() + "/api/export/buildings.geojson", district)).isEqualTo(40);
        assertThat(Ogr.remoteFeatureCount(app.base() + TILE, district)).isPositive();
    }

    @Test
    void the_login_pages_probe_of_api_me_is_not_a_security_denial() throws Exception {
        long before = denials();
        HttpResponse<String> probe = app.anonymous().header("Sec-Fetch-Site", "same-origin").get("/api/me");
        assertThat(probe.statusCode()).isEqualTo(401);
        assertThat(denials()).isEqualTo(before);
        assertThat(send("GET", "/api/me", "hs_wrong").statusCode()).isEqualTo(401);
        assertThat(denials()).as("a wrong token is still a denial").isEqualTo(before + 1);
    }

    @Test
    void the_security_log_can_show_failures_only() throws Exception {
        send("GET", "/api/users", inspector);                 // a denial
        send("GET", "/api/buildings?limit=1", district);      // a token use, no failure
        HttpResponse<String> r = send("GET", "/api/security-events?failuresOnly=true&limit=500", admin);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode events = JSON.readTree(r.body()).get("events");
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.get("outcome").asText())
                .matches("denied_\\d+|login_failed|login_throttled_.*"));
        List<AccountStore.SecurityEvent> all = app.services.accounts().recentEvents(500);
        assertThat(all).anyMatch(e -> e.outcome().equals("token_used"));
        assertThat(send("GET", "/api/security-events?failuresOnly=maybe", admin).statusCode()).isEqualTo(400);
    }
}
