package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.housesafe.HouseSafe;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.Wkb;
import org.housesafe.web.TestApp;
import org.locationtech.jts.geom.Envelope;

/** Shared pieces of the account tests: a settable clock, raw HTTP calls with explicit headers, logins. */
final class AccountTesting {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = TestApp.PASSWORD;
    static final String HUAXING = "430408003";
    static final String LIANHE = "430408004";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AccountTesting() {
    }

    /** A fresh in-memory H2GIS database. */
    static Database memDb(String name) {
        return Database.open("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }

    /** The two streets of the test geography, 华兴 and 联合, so scopes can name them. */
    static List<AdminUnit> streets() {
        return List.of(street(HUAXING, "华兴街道", 112.50), street(LIANHE, "联合街道", 112.60));
    }

    private static AdminUnit street(String code, String name, double west) {
        return new AdminUnit(code, name, AdminUnit.Level.STREET, null, true,
                Wkb.FACTORY.toGeometry(new Envelope(west, west + 0.1, 26.80, 27.00)));
    }

    /** One HTTP request with exactly the headers a test names (no cookie jar, no default Origin). */
    static final class Call {
        private final String base;
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String contentType;
        private String body;

        Call(String base, String method, String path) {
            this.base = base;
            this.method = method;
            this.path = path;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call cookie(String value) {
            return header("Cookie", SessionCookie.NAME + "=" + value);
        }

        /** A signed-in browser on this site: the session cookie and this site's Origin. */
        Call browser(String cookieValue) {
            return cookie(cookieValue).header("Origin", base);
        }

        Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call json(String json) {
            return body("application/json", json);
        }

        Call body(String type, String text) {
            this.contentType = type;
            this.body = text;
            return this;
        }

        HttpResponse<String> send() {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(r::header);
            if (contentType != null) {
                r.header("Content-Type", contentType);
            }
            try {
                return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Call call(String base, String method, String path) {
        return new Call(base, method, path);
    }

    static String loginBody(String username, String password) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("password", password);
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST /api/session from this site's own login page. */
    static HttpResponse<String> login(String base, String username, String password) {
        return call(base, "POST", "/api/session").header("Origin", base).json(loginBody(username, password)).send();
    }

    /** Signs in with {@link #PASSWORD} and returns the session cookie's value. */
    static String signIn(String base, String username) {
        HttpResponse<String> r = login(base, username, PASSWORD);
        assertThat(r.statusCode()).as("login of %s: %s", username, r.body()).isEqualTo(200);
        return cookieValue(r, SessionCookie.NAME).orElseThrow();
    }

    /** The whole Set-Cookie header for the cookie {@code name}, if the response sets it. */
    static Optional<String> setCookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst();
    }

    static Optional<String> cookieValue(HttpResponse<?> r, String name) {
        return setCookie(r, name).map(h -> h.substring(name.length() + 1).split(";", 2)[0]);
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem type of an error response, e.g. {@code /problems/csrf}. */
    static String problem(HttpResponse<String> r) {
        return json(r).path("type").asText();
    }

    /** One text column of the first row of a query, straight from the database. */
    static String queryText(Database db, String sql, Object... params) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A running app with a given security configuration, and no users until a test makes them. */
    static final class ConfiguredApp implements AutoCloseable {
        final HouseSafe.Services services;
        final Config config;
        private final Javalin app;

        ConfiguredApp(Database db, Config.Security security, Clock clock) {
            Config d = Config.defaults();
            this.config = new Config(0, "127.0.0.1", d.dataDir(), null, null, null, d.extent(), d.basemap(), null,
                    d.limits(), security, false, d.deadlines());
            this.services = HouseSafe.Services.of(config, db, clock);
            this.app = HouseSafe.create(config, services).start("127.0.0.1", 0);
        }

        String base() {
            return "http://127.0.0.1:" + app.port();
        }

        User user(String name, Role role, Scope scope) {
            return services.accounts().byName(name)
                    .orElseGet(() -> services.users().create(name, role, scope, PASSWORD, false));
        }

        @Override
        public void close() {
            app.stop();
        }
    }
}
