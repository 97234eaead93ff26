package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.PASSWORD;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.cookieValue;
import static org.housesafe.account.AccountTesting.json;
import static org.housesafe.account.AccountTesting.setCookie;
import static org.housesafe.account.AccountTesting.signIn;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestTmp;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.Test;

/** Session cookies over HTTP: issue, expiry, logout, tampering, restarts, password changes, disabling. */
class SessionTest extends ClockedApp {
    private int me(String cookie) {
        return call(base, "GET", "/api/me").cookie(cookie).send().statusCode();
    }

    @Test
    void login_sets_an_http_only_lax_cookie_that_api_me_accepts() {
        HttpResponse<String> r = AccountTesting.login(base, "alice", PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("username").asText()).isEqualTo("alice");
        String header = setCookie(r, "hs_session").orElseThrow();
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/").doesNotContainIgnoringCase("Secure").doesNotContainIgnoringCase("Domain");
        assertThat(setCookie(r, "__Host-hs_session")).isEmpty();

        HttpResponse<String> me = call(base, "GET", "/api/me").cookie(cookieValue(r, "hs_session").orElseThrow()).send();
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("username").asText()).isEqualTo("alice");
        assertThat(json(me).get("role").asText()).isEqualTo("district");
        assertThat(json(me).get("scope").isArray()).isTrue();
    }

    @Test
    void every_login_gets_a_new_session_id_even_when_it_already_sends_one() {
        String first = signIn(base, "alice");
        HttpResponse<String> again = call(base, "POST", "/api/session").cookie(first).header("Origin", base)
                .json(AccountTesting.loginBody("alice", PASSWORD)).send();
        String second = cookieValue(again, "hs_session").orElseThrow();
        assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void a_session_idle_for_thirty_minutes_ends() {
        String cookie = signIn(base, "alice");
        clock.advance(Duration.ofMinutes(29));
        assertThat(me(cookie)).isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(me(cookie)).as("use keeps the session alive").isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        assertThat(me(cookie)).isEqualTo(401);
    }

    @Test
    void a_session_in_use_still_ends_after_twelve_hours() {
        String cookie = signIn(base, "alice");
        for (int i = 1; i < 36; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(me(cookie)).as("after %d min", i * 20).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(me(cookie)).as("after 12 h").isEqualTo(401);
    }

    @Test
    void a_cookie_replayed_after_logout_gets_401() {
        String cookie = signIn(base, "alice");
        HttpResponse<String> out = call(base, "DELETE", "/api/session").browser(cookie).send();
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(cookieValue(out, "hs_session")).hasValue("");
        assertThat(setCookie(out, "hs_session").orElseThrow()).containsPattern("(?i)Max-Age=0|Expires=Thu, 01 Jan 1970");
        assertThat(me(cookie)).isEqualTo(401);
        assertThat(call(base, "DELETE", "/api/session").browser(cookie).send().statusCode()).isEqualTo(401);
    }

    @Test
    void a_tampered_cookie_gets_401() {
        String cookie = signIn(base, "alice");
        char c = cookie.charAt(10);
        String tampered = cookie.substring(0, 10) + (c == 'A' ? 'B' : 'A') + cookie.substring(11);
        assertThat(me(tampered)).isEqualTo(401);
        assertThat(me(cookie.substring(0, cookie.length() - 1))).isEqualTo(401);
        assertThat(me(cookie + "A")).isEqualTo(401);
        assertThat(me("x".repeat(5000))).isEqualTo(401);
        assertThat(me(cookie)).isEqualTo(200);
    }

    @Test
    void sessions_survive_a_restart_of_the_app_on_the_same_database() throws Exception {
        Path dir = TestTmp.dir().resolve("sessions-" + UUID.randomUUID());
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
        String cookie;
        try (Database first = Database.open(url, null, null)) {
            TestApp one = new TestApp(first, Basemap.NONE, clock);
            one.user("bob", Role.PLANNER, Scope.ALL);
            cookie = signIn(one.base(), "bob");
            one.close();
        }
        try (Database second = Database.open(url, null, null)) {
            TestApp two = new TestApp(second, Basemap.NONE, clock);
            try {
                HttpResponse<String> r = call(two.base(), "GET", "/api/me").cookie(cookie).send();
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(json(r).get("username").asText()).isEqualTo("bob");
            } finally {
                two.close();
            }
        }
    }

    @Test
    void changing_ones_password_ends_the_other_sessions_but_keeps_this_one() {
        String here = signIn(base, "alice");
        String elsewhere = signIn(base, "alice");
        HttpResponse<String> r = call(base, "POST", "/api/me/password").browser(here)
                .json("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a-brand-new-passphrase\"}").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(me(here)).isEqualTo(200);
        assertThat(me(elsewhere)).isEqualTo(401);
        assertThat(AccountTesting.login(base, "alice", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(AccountTesting.login(base, "alice", "a-brand-new-passphrase").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_current_password_changes_nothing() {
        String here = signIn(base, "alice");
        String elsewhere = signIn(base, "alice");
        HttpResponse<String> r = call(base, "POST", "/api/me/password").browser(here)
                .json("{\"currentPassword\":\"not-the-password\",\"newPassword\":\"a-brand-new-passphrase\"}").send();
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(me(elsewhere)).isEqualTo(200);
        assertThat(AccountTesting.login(base, "alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void an_admin_resetting_a_password_ends_every_session_of_that_user() {
        User alice = app.user("alice", Role.DISTRICT, Scope.ALL);
        String one = signIn(base, "alice");
        String two = signIn(base, "alice");
        String admin = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
        HttpResponse<String> r = call(base, "PATCH", "/api/users/" + alice.id()).bearer(admin)
                .json("{\"password\":\"reset-by-the-admin\"}").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(me(one)).isEqualTo(401);
        assertThat(me(two)).isEqualTo(401);
        assertThat(AccountTesting.login(base, "alice", "reset-by-the-admin").statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_users_session_and_token_stop_working_and_login_fails() {
        User alice = app.user("alice", Role.DISTRICT, Scope.ALL);
        String cookie = signIn(base, "alice");
        String token = app.token(alice);
        assertThat(call(base, "GET", "/api/me").bearer(token).send().statusCode()).isEqualTo(200);
        String admin = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
        assertThat(call(base, "PATCH", "/api/users/" + alice.id()).bearer(admin).json("{\"disabled\":true}").send()
                .statusCode()).isEqualTo(200);
        assertThat(me(cookie)).isEqualTo(401);
        assertThat(call(base, "GET", "/api/me").bearer(token).send().statusCode()).isEqualTo(401);
        assertThat(AccountTesting.login(base, "alice", PASSWORD).statusCode()).isEqualTo(401);

        assertThat(call(base, "PATCH", "/api/users/" + alice.id()).bearer(admin).json("{\"disabled\":false}").send()
                .statusCode()).isEqualTo(200);
        assertThat(me(cookie)).as("a session ended by disabling stays ended").isEqualTo(401);
    }

    @Test
    void parallel_logins_each_get_their_own_working_session() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> logins = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                logins.add(pool.submit(() -> signIn(base, "alice")));
            }
            java.util.Set<String> cookies = new java.util.HashSet<>();
            for (var l : logins) {
                cookies.add(l.get());
            }
            assertThat(cookies).hasSize(4);
            cookies.forEach(c -> assertThat(me(c)).isEqualTo(200));
        } finally {
            pool.shutdownNow();
        }
    }
}
