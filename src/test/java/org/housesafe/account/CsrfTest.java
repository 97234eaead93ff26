package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.PASSWORD;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.json;
import static org.housesafe.account.AccountTesting.problem;

import java.net.http.HttpResponse;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cross-site request forgery: Origin/Referer checks on cookie writes, JSON-only bodies, no method override. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfTest {
    private static final String EVIL = "http://evil.example";

    Database db;
    TestApp app;
    String base;
    String adminCookie;
    User target;

    @BeforeAll
    void start() {
        db = AccountTesting.memDb("csrf");
        app = new TestApp(db, Basemap.NONE, java.time.Clock.systemUTC());
        base = app.base();
        app.user("test-admin", Role.ADMIN, Scope.ALL);
        target = app.user("target", Role.PLANNER, Scope.ALL);
        adminCookie = AccountTesting.signIn(base, "test-admin");
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    @BeforeEach
    void targetIsAPlanner() {
        app.services.users().change(target.id(), new Users.Change(Role.PLANNER, Scope.ALL, false, null));
    }

    private String targetRole() {
        return app.services.users().get(target.id()).role().code();
    }

    private int tokenCount() {
        return json(call(base, "GET", "/api/me/tokens").cookie(adminCookie).send()).get("tokens").size();
    }

    private static void assertCsrf(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(problem(r)).isEqualTo("/problems/csrf");
    }

    @ParameterizedTest
    @ValueSource(strings = {EVIL, "null", "http://127.0.0.1:1", "https://evil.example"})
    void a_cookie_write_from_a_foreign_origin_is_refused_and_changes_nothing(String origin) {
        int tokens = tokenCount();
        assertCsrf(call(base, "POST", "/api/me/tokens").cookie(adminCookie).header("Origin", origin)
                .json("{\"name\":\"stolen\"}").send());
        assertThat(tokenCount()).isEqualTo(tokens);

        assertCsrf(call(base, "PATCH", "/api/users/" + target.id()).cookie(adminCookie).header("Origin", origin)
                .json("{\"role\":\"admin\"}").send());
        assertThat(targetRole()).isEqualTo("planner");

        assertCsrf(call(base, "DELETE", "/api/session").cookie(adminCookie).header("Origin", origin).send());
        assertThat(call(base, "GET", "/api/me").cookie(adminCookie).send().statusCode()).isEqualTo(200);
    }

    @Test
    void a_foreign_origin_is_not_excused_by_a_same_site_referer() {
        assertCsrf(call(base, "PATCH", "/api/users/" + target.id()).cookie(adminCookie).header("Origin", EVIL)
                .header("Referer", base + "/admin.html").json("{\"role\":\"admin\"}").send());
        assertThat(targetRole()).isEqualTo("planner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/admin.html", "http://127.0.0.1@evil.example/",
        "not a url at all", "//evil.example/x"})
    void a_cookie_write_with_only_a_foreign_or_broken_referer_is_refused(String referer) {
        assertCsrf(call(base, "PATCH", "/api/users/" + target.id()).cookie(adminCookie).header("Referer", referer)
                .json("{\"role\":\"admin\"}").send());
        assertThat(targetRole()).isEqualTo("planner");
    }

    @Test
    void a_cookie_write_with_neither_origin_nor_referer_is_refused() {
        assertCsrf(call(base, "PATCH", "/api/users/" + target.id()).cookie(adminCookie)
                .json("{\"role\":\"district\"}").send());
        assertThat(targetRole()).isEqualTo("planner");
    }

    @Test
    void a_cookie_write_with_a_same_site_referer_and_no_origin_is_allowed() {
        HttpResponse<String> r = call(base, "PATCH", "/api/users/" + target.id()).cookie(adminCookie)
                .header("Referer", base + "/admin.html?tab=users").json("{\"role\":\"district\"}").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(targetRole()).isEqualTo("district");
    }

    @Test
    void a_cookie_write_with_this_sites_origin_is_allowed() {
        HttpResponse<String> r = call(base, "PATCH", "/api/users/" + target.id()).browser(adminCookie)
                .json("{\"role\":\"district\"}").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void a_token_authenticated_write_needs_no_origin() {
        String token = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
        HttpResponse<String> r = call(base, "PATCH", "/api/users/" + target.id()).bearer(token)
                .json("{\"role\":\"district\"}").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        HttpResponse<String> evil = call(base, "PATCH", "/api/users/" + target.id()).bearer(token)
                .header("Origin", EVIL).json("{\"role\":\"planner\"}").send();
        assertThat(evil.statusCode()).as(evil.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
        "application/jsonp", "text/json"})
    void a_json_endpoint_refuses_form_and_text_bodies_with_415(String type) {
        int tokens = tokenCount();
        HttpResponse<String> r = call(base, "POST", "/api/me/tokens").browser(adminCookie)
                .body(type, "{\"name\":\"from a form\"}").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
        assertThat(tokenCount()).isEqualTo(tokens);
        HttpResponse<String> patch = call(base, "PATCH", "/api/users/" + target.id()).browser(adminCookie)
                .body(type, "role=admin").send();
        assertThat(patch.statusCode()).isEqualTo(415);
        assertThat(targetRole()).isEqualTo("planner");
    }

    @Test
    void a_login_posted_as_a_form_or_text_is_refused_with_415() {
        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain"}) {
            HttpResponse<String> r = call(base, "POST", "/api/session").header("Origin", base)
                    .body(type, AccountTesting.loginBody("target", PASSWORD)).send();
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void a_login_from_a_foreign_origin_is_refused() {
        HttpResponse<String> r = call(base, "POST", "/api/session").header("Origin", EVIL)
                .json(AccountTesting.loginBody("target", PASSWORD)).send();
        assertCsrf(r);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    private String[] newAdminToken() {
        HttpResponse<String> made = call(base, "POST", "/api/me/tokens").browser(adminCookie)
                .json("{\"name\":\"keep me\"}").send();
        return new String[] {json(made).get("id").asText(), json(made).get("token").asText()};
    }

    @Test
    void a_post_with_a_method_override_header_stays_a_post() {
        String[] token = newAdminToken();
        for (String header : new String[] {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"}) {
            HttpResponse<String> r = call(base, "POST", "/api/me/tokens/" + token[0]).browser(adminCookie)
                    .header(header, "DELETE").json("{}").send();
            assertThat(r.statusCode()).as(header).isEqualTo(405);
            assertThat(call(base, "GET", "/api/me").bearer(token[1]).send().statusCode())
                    .as("token not revoked via " + header).isEqualTo(200);
        }
        HttpResponse<String> logout = call(base, "POST", "/api/session").browser(adminCookie)
                .header("X-HTTP-Method-Override", "DELETE").json("{}").send();
        assertThat(logout.statusCode()).as("a POST stays a (failed) login").isEqualTo(422);
        assertThat(call(base, "GET", "/api/me").cookie(adminCookie).send().statusCode()).isEqualTo(200);
    }

    @Test
    void a_get_with_a_method_override_header_stays_a_get() {
        String[] token = newAdminToken();
        HttpResponse<String> r = call(base, "GET", "/api/me/tokens/" + token[0]).bearer(token[1])
                .header("X-HTTP-Method-Override", "DELETE").send();
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(call(base, "GET", "/api/me").bearer(token[1]).send().statusCode()).as("token not revoked")
                .isEqualTo(200);
    }
}
