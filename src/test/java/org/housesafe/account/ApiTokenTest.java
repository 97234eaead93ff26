package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestClock;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API tokens: shown once, stored hashed, Bearer and Basic, revocation, expiry, the Basic challenge. */
class ApiTokenTest {
    private final TestClock clock = TestClock.startingNow();
    private Database db;
    private TestApp app;
    private String base;
    private String cookie;

    @BeforeEach
    void start() {
        db = AccountTesting.memDb("tokens");
        app = new TestApp(db, Basemap.NONE, clock);
        base = app.base();
        app.user("gis-user", Role.PLANNER, Scope.ALL);
        cookie = AccountTesting.signIn(base, "gis-user");
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private JsonNode create(String body) {
        HttpResponse<String> r = call(base, "POST", "/api/me/tokens").browser(cookie).json(body).send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private int me(String authorization) {
        return call(base, "GET", "/api/me").header("Authorization", authorization).send().statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_secret_is_shown_once_and_never_listed() {
        JsonNode created = create("{\"name\":\"QGIS on the office PC\"}");
        String secret = created.get("token").asText();
        assertThat(secret).startsWith("hs_").hasSizeGreaterThan(40);
        assertThat(created.get("name").asText()).isEqualTo("QGIS on the office PC");

        HttpResponse<String> list = call(base, "GET", "/api/me/tokens").cookie(cookie).send();
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain("\"token\"");
        JsonNode listed = json(list).get("tokens").get(0);
        assertThat(listed.get("id").asText()).isEqualTo(created.get("id").asText());
        assertThat(listed.has("token")).isFalse();
    }

    @Test
    void the_token_is_stored_only_as_its_sha256() throws Exception {
        JsonNode created = create("{\"name\":\"script\"}");
        String secret = created.get("token").asText();
        String stored = AccountTesting.queryText(db, "SELECT token_hash FROM api_token WHERE id = ?",
                java.util.UUID.fromString(created.get("id").asText()));
        assertThat(stored).isNotEqualTo(secret).doesNotContain(secret.substring(3)).matches("[0-9a-f]{64}");
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        assertThat(stored).isEqualTo(java.util.HexFormat.of().formatHex(sha));
    }

    @Test
    void a_token_works_as_bearer_and_as_basic_with_any_user_name() {
        String secret = create("{\"name\":\"gdal\"}").get("token").asText();
        HttpResponse<String> r = call(base, "GET", "/api/me").bearer(secret).send();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("username").asText()).isEqualTo("gis-user");
        assertThat(me(basic("gis-user", secret))).isEqualTo(200);
        assertThat(me(basic("whoever", secret))).isEqualTo(200);
        assertThat(me(basic("", secret))).isEqualTo(200);
        assertThat(me("bearer " + secret)).as("the scheme is case-insensitive").isEqualTo(200);
        assertThat(call(base, "GET", "/api/buildings?limit=1").bearer(secret).send().statusCode()).isEqualTo(200);
    }

    @Test
    void a_revoked_token_gets_401() {
        JsonNode created = create("{\"name\":\"to revoke\"}");
        String secret = created.get("token").asText();
        assertThat(me("Bearer " + secret)).isEqualTo(200);
        HttpResponse<String> r = call(base, "DELETE", "/api/me/tokens/" + created.get("id").asText()).browser(cookie).send();
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(me("Bearer " + secret)).isEqualTo(401);
        assertThat(me(basic("x", secret))).isEqualTo(401);
        JsonNode listed = json(call(base, "GET", "/api/me/tokens").cookie(cookie).send()).get("tokens").get(0);
        assertThat(listed.get("revokedAt").isNull()).isFalse();
        assertThat(call(base, "DELETE", "/api/me/tokens/" + created.get("id").asText()).browser(cookie).send()
                .statusCode()).as("revoking twice").isEqualTo(404);
    }

    @Test
    void an_expired_token_gets_401() {
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        String secret = create("{\"name\":\"short-lived\",\"expiresAt\":\"" + tomorrow + "\"}").get("token").asText();
        assertThat(me("Bearer " + secret)).isEqualTo(200);
        clock.advance(Duration.ofDays(2));
        assertThat(me("Bearer " + secret)).isEqualTo(401);
    }

    @Test
    void an_expiry_in_the_past_or_a_bad_date_is_refused() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        for (String body : new String[] {"{\"name\":\"old\",\"expiresAt\":\"" + yesterday + "\"}",
            "{\"name\":\"bad\",\"expiresAt\":\"tomorrow\"}", "{\"name\":\"\"}", "{}"}) {
            HttpResponse<String> r = call(base, "POST", "/api/me/tokens").browser(cookie).json(body).send();
            assertThat(r.statusCode()).as(body).isEqualTo(422);
        }
        assertThat(json(call(base, "GET", "/api/me/tokens").cookie(cookie).send()).get("tokens").size()).isZero();
    }

    @Test
    void a_user_cannot_revoke_someone_elses_token_but_an_admin_can() {
        User other = app.user("other-user", Role.PLANNER, Scope.ALL);
        String admin = AccountTesting.signIn(base, "test-admin");
        HttpResponse<String> made = call(base, "POST", "/api/users/" + other.id() + "/tokens").browser(admin)
                .json("{\"name\":\"made by the admin\"}").send();
        assertThat(made.statusCode()).isEqualTo(201);
        String id = json(made).get("id").asText();
        String secret = json(made).get("token").asText();

        assertThat(call(base, "DELETE", "/api/me/tokens/" + id).browser(cookie).send().statusCode()).isEqualTo(404);
        assertThat(me("Bearer " + secret)).isEqualTo(200);
        assertThat(call(base, "DELETE", "/api/users/" + other.id() + "/tokens/" + id).browser(admin).send().statusCode())
                .isEqualTo(204);
        assertThat(me("Bearer " + secret)).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer hs_not-a-real-token", "Bearer ", "Basic !!!not-base64", "Basic Zm9v",
        "Digest username=\"x\"", "Bearer eyJhbGciOiJub25lIn0.e30."})
    void an_invalid_authorization_header_gets_401_with_a_basic_challenge(String authorization) {
        HttpResponse<String> r = call(base, "GET", "/api/buildings").header("Authorization", authorization).send();
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
    }

    @Test
    void a_browser_gets_no_basic_challenge_so_it_shows_no_password_dialog() {
        HttpResponse<String> r = call(base, "GET", "/api/buildings").header("Authorization", "Bearer hs_wrong")
                .header("Sec-Fetch-Site", "same-origin").send();
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> anonymous = call(base, "GET", "/api/me").header("Sec-Fetch-Site", "same-origin").send();
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void a_bad_token_is_not_rescued_by_a_good_cookie() {
        HttpResponse<String> r = call(base, "GET", "/api/me").cookie(cookie).bearer("hs_wrong").send();
        assertThat(r.statusCode()).isEqualTo(401);
    }
}
