package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.PASSWORD;
import static org.housesafe.account.AccountTesting.call;
import static org.housesafe.account.AccountTesting.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestClock;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The security audit: which events leave a row, with what, and control characters escaped. */
class SecurityAuditTest {
    private final TestClock clock = TestClock.startingNow();
    private Database db;
    private TestApp app;
    private String base;
    private String admin;

    @BeforeEach
    void start() {
        db = AccountTesting.memDb("audit");
        app = new TestApp(db, Basemap.NONE, clock);
        base = app.base();
        admin = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
        app.user("alice", Role.PLANNER, Scope.ALL);
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    /** The audit rows with this outcome, newest first, read from the store. */
    private List<AccountStore.SecurityEvent> events(String outcome) {
        return app.services.accounts().recentEvents(1000).stream().filter(e -> outcome.equals(e.outcome())).toList();
    }

    private AccountStore.SecurityEvent only(String outcome) {
        List<AccountStore.SecurityEvent> found = events(outcome);
        assertThat(found).as("events with outcome %s", outcome).hasSize(1);
        return found.get(0);
    }

    private void assertEvent(AccountStore.SecurityEvent e, String username, String route) {
        assertThat(e.username()).isEqualTo(username);
        assertThat(e.client()).isEqualTo("127.0.0.1");
        assertThat(e.route()).isEqualTo(route);
        assertThat(e.at()).isEqualTo(clock.instant());
    }

    @Test
    void an_admin_reads_the_events_over_http_with_utc_times() {
        AccountTesting.login(base, "alice", "wrong-password");
        HttpResponse<String> r = call(base, "GET", "/api/security-events?limit=10").bearer(admin).send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode failed = null;
        for (JsonNode e : json(r).get("events")) {
            if (e.path("outcome").asText().equals("login_failed")) {
                failed = e;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.get("username").asText()).isEqualTo("alice");
        assertThat(failed.get("client").asText()).isEqualTo("127.0.0.1");
        assertThat(failed.get("route").asText()).isEqualTo("/api/session");
        assertThat(failed.get("at").isTextual()).as("time as ISO text: %s", failed.get("at")).isTrue();
        assertThat(failed.get("at").asText()).endsWith("Z");
        assertThat(Instant.parse(failed.get("at").asText())).isEqualTo(clock.instant());
        assertThat(call(base, "GET", "/api/security-events?limit=0").bearer(admin).send().statusCode()).isEqualTo(400);
        assertThat(call(base, "GET", "/api/security-events?limit=x").bearer(admin).send().statusCode()).isEqualTo(400);
    }

    @Test
    void a_login_and_a_logout_are_recorded() {
        String cookie = AccountTesting.signIn(base, "alice");
        assertEvent(only("login"), "alice", "/api/session");
        assertThat(call(base, "DELETE", "/api/session").browser(cookie).send().statusCode()).isEqualTo(204);
        assertEvent(only("logout"), "alice", "/api/session");
    }

    @Test
    void a_failed_login_is_recorded_with_the_attempted_name() {
        AccountTesting.login(base, "alice", "wrong-password");
        AccountTesting.login(base, "no-such-person", PASSWORD);
        List<AccountStore.SecurityEvent> failed = events("login_failed");
        assertThat(failed).extracting(AccountStore.SecurityEvent::username)
                .containsExactly("no-such-person", "alice");
        assertEvent(failed.get(0), "no-such-person", "/api/session");
        assertEvent(failed.get(1), "alice", "/api/session");
    }

    @Test
    void a_token_use_is_recorded_once_a_minute() {
        String token = app.token(app.services.accounts().byName("alice").orElseThrow());
        for (int i = 0; i < 3; i++) {
            assertThat(call(base, "GET", "/api/me").bearer(token).send().statusCode()).isEqualTo(200);
        }
        List<AccountStore.SecurityEvent> used = events("token_used").stream()
                .filter(e -> e.username().equals("alice")).toList();
        assertThat(used).hasSize(1);
        assertEvent(used.get(0), "alice", "/api/me");
        assertThat(used.get(0).detail()).matches("[0-9a-f-]{36}");
        clock.advance(java.time.Duration.ofMinutes(2));
        call(base, "GET", "/api/me").bearer(token).send();
        assertThat(events("token_used").stream().filter(e -> e.username().equals("alice"))).hasSize(2);
    }

    @Test
    void a_401_and_a_403_are_recorded() {
        assertThat(call(base, "GET", "/api/buildings").send().statusCode()).isEqualTo(401);
        assertEvent(only("denied_401"), null, "GET /api/buildings");

        String planner = app.token(app.services.accounts().byName("alice").orElseThrow());
        assertThat(call(base, "GET", "/api/users").bearer(planner).send().statusCode()).isEqualTo(403);
        assertEvent(only("denied_403"), "alice", "GET /api/users");
    }

    @Test
    void a_refused_cross_site_write_is_recorded_as_a_403() {
        String cookie = AccountTesting.signIn(base, "alice");
        call(base, "POST", "/api/me/tokens").cookie(cookie).header("Origin", "http://evil.example")
                .json("{\"name\":\"x\"}").send();
        AccountStore.SecurityEvent e = only("denied_403");
        assertEvent(e, "alice", "POST /api/me/tokens");
        assertThat(e.detail()).isEqualTo("csrf");
    }

    @Test
    void control_characters_in_an_attempted_user_name_are_stored_escaped() {
        String hostile = "evil\nname\r\u0007bell\u2028x";
        HttpResponse<String> r = AccountTesting.login(base, hostile, "some-password");
        assertThat(r.statusCode()).isEqualTo(401);
        String stored = AccountTesting.queryText(db,
                "SELECT username FROM security_event WHERE outcome = 'login_failed' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY");
        assertThat(stored).isEqualTo("evil\\u000aname\\u000d\\u0007bell\\u2028x");
        assertThat(stored.codePoints().filter(cp -> Character.isISOControl(cp))).isEmpty();
    }

    @Test
    void a_user_name_full_of_control_characters_is_still_refused_and_recorded_not_a_500() {
        String hostile = "\n".repeat(64);
        HttpResponse<String> r = AccountTesting.login(base, hostile, "some-password");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
        List<AccountStore.SecurityEvent> failed = events("login_failed");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).username()).doesNotContain("\n").startsWith("\\u000a");
    }

    @Test
    void clean_escapes_newlines_and_control_characters() {
        assertThat(SecurityAudit.clean(null, 200)).isNull();
        assertThat(SecurityAudit.clean("plain 名字 ok", 200)).isEqualTo("plain 名字 ok");
        assertThat(SecurityAudit.clean("a\nb\rc\td\u0007e\u0000f", 200)).isEqualTo("a\\u000ab\\u000dc\\u0009d\\u0007e\\u0000f");
        assertThat(SecurityAudit.clean("del\u007f c1\u0085 ls\u2028 ps\u2029", 200))
                .isEqualTo("del\\u007f c1\\u0085 ls\\u2028 ps\\u2029");
        assertThat(SecurityAudit.clean("\uD83D\uDE00", 200)).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void clean_caps_the_length() {
        assertThat(SecurityAudit.clean("x".repeat(10_000), 200)).hasSize(200);
    }

    @Test
    void clean_output_fits_the_audit_columns_whatever_the_input() {
        // security_event.username is varchar(200), client varchar(64): escaping must not overflow them.
        assertThat(SecurityAudit.clean("\n".repeat(64), 200).length()).isLessThanOrEqualTo(200);
        assertThat(SecurityAudit.clean("\u0001".repeat(1000), 200).length()).isLessThanOrEqualTo(200);
    }
}
