package org.housesafe.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.account.SessionCookie;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.web.ClientInfo;
import org.housesafe.platform.web.ErrorMapping;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/admin/audit}. The routes are mounted on a small app of their own, behind the real
 * access control over the test app's accounts, until HouseSafe.create registers them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditRoutesTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private Database db;
    private TestApp app;
    private Javalin audit;

    @BeforeAll
    void start() {
        db = AuditFixture.h2();
        AuditFixture.load(db, 3);
        app = new TestApp(db);
        Config config = app.config;
        ClientInfo client = new ClientInfo(config.security().trustedProxies(), config.security().secureCookies());
        AccessControl access = new AccessControl(app.services.sessions(), app.services.tokens(),
                app.services.accounts(), app.services.audit(), client,
                new SessionCookie(client, config.security().sessionAbsolute()));
        audit = Javalin.create(javalin -> {
            ErrorMapping.install(javalin);
            javalin.routes.beforeMatched(access::check);
            new AuditRoutes(new AuditVerifier(db)).register(javalin);
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        audit.stop();
        app.close();
        db.close();
    }

    private HttpResponse<String> get(String user, Role role) throws Exception {
        String token = app.token(app.user(user, role, Scope.ALL));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + audit.port() + "/api/admin/audit"))
                .header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_admin_gets_the_chain_check() throws Exception {
        HttpResponse<String> r = get("test-admin", Role.ADMIN);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.get("ok").asBoolean()).isTrue();
        assertThat(body.get("buildings").asLong()).isEqualTo(3);
        assertThat(body.get("events").asLong()).isEqualTo(9);
        assertThat(body.get("firstBroken").isNull()).isTrue();
    }

    @Test
    void a_district_user_is_forbidden() throws Exception {
        assertThat(get("test-district", Role.DISTRICT).statusCode()).isEqualTo(403);
    }

    @Test
    void a_broken_chain_is_reported_with_its_first_broken_link() throws Exception {
        Jdbc jdbc = new Jdbc(db);
        String original = jdbc.one("SELECT actor FROM building_event WHERE seq = 2 ORDER BY building_id",
                rs -> rs.getString(1)).orElseThrow();
        jdbc.update("UPDATE building_event SET actor = 'x' WHERE seq = 2");
        try {
            JsonNode body = new ObjectMapper().readTree(get("test-admin", Role.ADMIN).body());
            assertThat(body.get("ok").asBoolean()).isFalse();
            assertThat(body.at("/firstBroken/seq").asInt()).isEqualTo(2);
            assertThat(body.at("/firstBroken/problem").asText()).isEqualTo("hash does not match its content (edited?)");
            assertThat(body.at("/firstBroken/buildingId").asText()).hasSize(36);
        } finally {
            jdbc.update("UPDATE building_event SET actor = ? WHERE seq = 2", original);
        }
    }
}
