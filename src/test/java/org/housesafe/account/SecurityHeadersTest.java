package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.account.AccountTesting.call;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.housesafe.account.AccountTesting.ConfiguredApp;
import org.housesafe.config.Basemap;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every kind of response; HSTS and the __Host- cookie only over HTTPS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest {
    Database db;
    TestApp app;
    String token;
    Database proxiedDb;
    ConfiguredApp proxied;

    @BeforeAll
    void start() {
        db = AccountTesting.memDb("headers");
        app = new TestApp(db, Basemap.OSM, Clock.systemUTC());
        token = app.token(app.user("test-admin", Role.ADMIN, Scope.ALL));
        proxiedDb = AccountTesting.memDb("headers-proxied");
        Config.Security d = Config.Security.DEFAULT;
        proxied = new ConfiguredApp(proxiedDb,
                new Config.Security(d.sessionIdle(), d.sessionAbsolute(), null, Set.of("127.0.0.1")), Clock.systemUTC());
        proxied.user("proxied-admin", Role.ADMIN, Scope.ALL);
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
        proxied.close();
        proxiedDb.close();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "GET, /, 200, false",
        "GET, /login.html, 200, false",
        "GET, /js/map/app.js, 200, false",
        "GET, /css/shared/base.css, 200, false",
        "GET, /webjars/leaflet/1.9.4/dist/leaflet.css, 200, false",
        "GET, /sw.js, 200, false",
        "GET, /manifest.webmanifest, 200, false",
        "GET, /api/buildings, 401, false",
        "GET, /api/buildings?limit=1, 200, true",
        "GET, /api/buildings?limit=abc, 400, true",
        "GET, /api/no-such-route, 404, true",
        "GET, /no/such/file.js, 404, false",
        "PUT, /api/session, 405, false",
        "GET, /api/users, 403, false",
        "GET, /health, 200, false",
        "GET, /api/config, 200, false",
    })
    void every_response_carries_the_security_headers(String method, String path, int status, boolean withToken) {
        AccountTesting.Call c = call(app.base(), method, path);
        if (withToken) {
            c.bearer(token);
        } else if (status == 403) {
            c.bearer(app.token(app.user("test-district", Role.DISTRICT, Scope.ALL)));
        }
        HttpResponse<String> r = c.send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertSecurityHeaders(r);
        assertThat(r.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();
    }

    static void assertSecurityHeaders(HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow(
                () -> new AssertionError("no Content-Security-Policy on " + r.uri()));
        String scripts = directive(csp, "script-src").orElseGet(() -> directive(csp, "default-src").orElseThrow());
        assertThat(scripts).contains("'self'").doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'")
                .doesNotContain("*").doesNotContain("data:");
        assertThat(directive(csp, "frame-ancestors")).hasValue("frame-ancestors 'none'");
        assertThat(directive(csp, "img-src")).hasValueSatisfying(v -> assertThat(v).contains("https://tile.openstreetmap.org"));
        assertThat(directive(csp, "object-src")).hasValue("object-src 'none'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValueSatisfying(
                v -> assertThat(v).isIn("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"));
    }

    private static Optional<String> directive(String csp, String name) {
        return Arrays.stream(csp.split(";")).map(String::trim).filter(d -> d.startsWith(name + " ")).findFirst();
    }

    @Test
    void a_forged_forwarded_proto_from_an_untrusted_peer_changes_nothing() {
        HttpResponse<String> r = call(app.base(), "GET", "/").header("X-Forwarded-Proto", "https").send();
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> login = call(app.base(), "POST", "/api/session").header("X-Forwarded-Proto", "https")
                .json(AccountTesting.loginBody("test-admin", AccountTesting.PASSWORD)).send();
        assertThat(AccountTesting.setCookie(login, "hs_session")).isPresent();
        assertThat(AccountTesting.setCookie(login, "__Host-hs_session")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/js/map/app.js", "/api/buildings", "/api/nothing-here"})
    void https_from_a_trusted_proxy_adds_hsts(String path) {
        HttpResponse<String> r = call(proxied.base(), "GET", path).header("X-Forwarded-Proto", "https").send();
        assertSecurityHeaders(r);
        assertThat(r.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).matches("max-age=\\d{7,}.*"));
        HttpResponse<String> plain = call(proxied.base(), "GET", path).send();
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void https_from_a_trusted_proxy_gives_a_secure_host_prefixed_cookie() {
        String origin = proxied.base().replace("http://", "https://");
        HttpResponse<String> login = call(proxied.base(), "POST", "/api/session").header("X-Forwarded-Proto", "https")
                .header("Origin", origin).json(AccountTesting.loginBody("proxied-admin", AccountTesting.PASSWORD)).send();
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(AccountTesting.setCookie(login, "hs_session")).isEmpty();
        String header = AccountTesting.setCookie(login, "__Host-hs_session").orElseThrow();
        assertThat(header).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Path=/").doesNotContainIgnoringCase("Domain=");
        String value = AccountTesting.cookieValue(login, "__Host-hs_session").orElseThrow();

        HttpResponse<String> me = call(proxied.base(), "GET", "/api/me").header("X-Forwarded-Proto", "https")
                .header("Cookie", "__Host-hs_session=" + value).send();
        assertThat(me.statusCode()).isEqualTo(200);
        HttpResponse<String> write = call(proxied.base(), "POST", "/api/me/tokens").header("X-Forwarded-Proto", "https")
                .header("Cookie", "__Host-hs_session=" + value).header("Origin", proxied.base())
                .json("{\"name\":\"x\"}").send();
        assertThat(write.statusCode()).as("an http Origin on an https site is foreign").isEqualTo(403);
    }

    @Test
    void the_pages_hold_no_inline_script_style_or_handler_that_the_policy_would_block() throws Exception {
        for (String page : new String[] {"index.html", "login.html", "account.html", "admin.html"}) {
            String html;
            try (InputStream in = getClass().getResourceAsStream("/web/" + page)) {
                assertThat(in).as(page).isNotNull();
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(html).as(page)
                    .doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)javascript:")
                    .doesNotContainPattern("(?i)<style")
                    .doesNotContainPattern("(?i)\\sstyle\\s*=");
        }
    }
}
