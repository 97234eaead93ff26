package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.json;
import static org.housesafe.account.AccountTesting.problem;

import java.net.http.HttpResponse;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestClock;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens die when trust is withdrawn (issue 13 point 6): a password reset or change and disabling
 * revoke a user's tokens at once, despite the token cache; a token cannot manage tokens or the
 * password, which need a signed-in session.
 */
class TokenTrustTest {
    private static final String NEW_PASSWORD = "another-long-passphrase";
    private final TestClock clock = TestClock.startingNow();
    private Database db;
    private TestApp app;
    private String base;
    private User owner;
    private String ownerCookie;
    private String adminCookie;

    @BeforeEach
    void start() {
        db = AccountTesting.memDb("token-trust");
        app = new TestApp(db, Basemap.NONE, clock);
        base = app.base();
        owner = app.user("gis-user", Role.PLANNER, Scope.ALL);
        ownerCookie = AccountTesting.signIn(base, "gis-user");
        adminCookie = AccountTesting.signIn(base, "test-admin");
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    /** A token of the owner, made in the owner's session, already used once (so it sits in the cache). */
    private String liveToken(String name) {
        HttpResponse<String> r = call(base, "POST", "/api/me/tokens").browser(ownerCookie)
                .json("{\"name\":\"" + name + "\"}").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String secret = json(r).get("token").asText();
        assertThat(me(secret)).isEqualTo(200);
        return secret;
    }

    private int me(String token) {
        return call(base, "GET", "/api/me").bearer(token).send().statusCode();
    }

    private HttpResponse<String> adminPatch(String body) {
        return call(base, "PATCH", "/api/users/" + owner.id()).browser(adminCookie).json(body).send();
    }

    private HttpResponse<String> changeOwnPassword(String extra) {
        return call(base, "POST", "/api/me/password").browser(ownerCookie).json("{\"currentPassword\":\""
                + TestApp.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"" + extra + "}").send();
    }

    private long liveTokens() {
        return app.services.tokens().of(owner).stream().filter(t -> t.revokedAt() == null).count();
    }

    @Test
    void an_admins_password_reset_revokes_every_token_of_the_user_at_once() {
        String first = liveToken("qgis");
        String second = liveToken("script");
        assertThat(adminPatch("{\"password\":\"" + NEW_PASSWORD + "\"}").statusCode()).isEqualTo(200);
        assertThat(me(first)).isEqualTo(401);
        assertThat(me(second)).isEqualTo(401);
        assertThat(liveTokens()).isZero();
    }

    @Test
    void disabling_a_user_revokes_their_tokens_and_enabling_does_not_bring_them_back() {
        String token = liveToken("qgis");
        assertThat(adminPatch("{\"disabled\":true}").statusCode()).isEqualTo(200);
        assertThat(me(token)).isEqualTo(401);
        assertThat(adminPatch("{\"disabled\":false}").statusCode()).isEqualTo(200);
        assertThat(me(token)).isEqualTo(401);
        assertThat(liveTokens()).isZero();
    }

    @Test
    void a_change_of_role_or_scope_keeps_the_tokens() {
        String token = liveToken("qgis");
        assertThat(adminPatch("{\"role\":\"district\"}").statusCode()).isEqualTo(200);
        assertThat(me(token)).isEqualTo(200);
    }

    @Test
    void an_owners_password_change_revokes_their_tokens_by_default() {
        String token = liveToken("qgis");
        HttpResponse<String> r = changeOwnPassword("");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(me(token)).isEqualTo(401);
        assertThat(liveTokens()).isZero();
    }

    @Test
    void an_owner_may_keep_their_tokens_when_changing_the_password() {
        String token = liveToken("qgis");
        HttpResponse<String> r = changeOwnPassword(",\"keepTokens\":true");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(me(token)).isEqualTo(200);
    }

    @Test
    void a_bad_keep_tokens_value_is_a_422_and_changes_nothing() {
        String token = liveToken("qgis");
        HttpResponse<String> r = changeOwnPassword(",\"keepTokens\":\"yes\"");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(me(token)).isEqualTo(200);
        assertThat(AccountTesting.login(base, "gis-user", TestApp.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void a_token_cannot_create_list_or_revoke_tokens_nor_change_the_password() {
        String token = liveToken("qgis");
        String id = json(call(base, "GET", "/api/me/tokens").cookie(ownerCookie).send()).get("tokens").get(0)
                .get("id").asText();
        HttpResponse<String> create = call(base, "POST", "/api/me/tokens").bearer(token).json("{\"name\":\"child\"}")
                .send();
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(problem(create)).isEqualTo("/problems/session-required");
        assertThat(call(base, "GET", "/api/me/tokens").bearer(token).send().statusCode()).isEqualTo(403);
        assertThat(call(base, "DELETE", "/api/me/tokens/" + id).bearer(token).send().statusCode()).isEqualTo(403);
        HttpResponse<String> password = call(base, "POST", "/api/me/password").bearer(token).json("{\"currentPassword\":\""
                + TestApp.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}").send();
        assertThat(password.statusCode()).isEqualTo(403);
        assertThat(liveTokens()).isEqualTo(1);
        assertThat(me(token)).isEqualTo(200);
        assertThat(AccountTesting.login(base, "gis-user", TestApp.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void an_admins_token_cannot_manage_another_users_tokens() {
        String admin = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
        String token = liveToken("qgis");
        String id = json(call(base, "GET", "/api/me/tokens").cookie(ownerCookie).send()).get("tokens").get(0)
                .get("id").asText();
        String tokens = "/api/users/" + owner.id() + "/tokens";
        assertThat(call(base, "POST", tokens).bearer(admin).json("{\"name\":\"x\"}").send().statusCode()).isEqualTo(403);
        assertThat(call(base, "GET", tokens).bearer(admin).send().statusCode()).isEqualTo(403);
        assertThat(call(base, "DELETE", tokens + "/" + id).bearer(admin).send().statusCode()).isEqualTo(403);
        assertThat(me(token)).isEqualTo(200);
        assertThat(call(base, "GET", tokens).browser(adminCookie).send().statusCode()).isEqualTo(200);
    }
}
