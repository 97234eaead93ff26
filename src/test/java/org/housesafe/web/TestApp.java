package org.housesafe.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.housesafe.HouseSafe;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.account.User;
import org.housesafe.config.Basemap;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;

/**
 * A running app on a free port over a given database. It has an admin and a district user of
 * every street; {@link #get} and {@link #post} act as that district user through an API token.
 */
public final class TestApp implements AutoCloseable {
    /** The password of every user a test creates. */
    public static final String PASSWORD = "correct-horse-battery";

    private Javalin app;
    private final int port;
    public final HouseSafe.Services services;
    public final Config config;
    public final TestClient district;

    public TestApp(Database db) {
        this(db, Config.defaults().basemap(), Clock.systemUTC());
    }

    /** @param basemap {@code NONE} keeps a browser under test off the network */
    public TestApp(Database db, Basemap basemap) {
        this(db, basemap, Clock.systemUTC());
    }

    public TestApp(Database db, Basemap basemap, Clock clock) {
        Config d = Config.defaults();
        this.config = new Config(0, "127.0.0.1", d.dataDir(), null, null, null, d.extent(), basemap, null,
                d.limits(), d.security(), false, d.deadlines());
        this.services = HouseSafe.Services.of(config, db, clock);
        this.app = HouseSafe.create(config, services).start("127.0.0.1", 0);
        this.port = app.port();
        user("test-admin", Role.ADMIN, Scope.ALL);
        this.district = client(token(user("test-district", Role.DISTRICT, Scope.ALL)));
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Takes the server off the network (connections refused) as a phone out of signal sees it. */
    public void unplug() {
        app.stop();
    }

    /** Serves again on the same port, over the same database (after {@link #unplug}). */
    public void plug() {
        app = HouseSafe.create(config, services).start("127.0.0.1", port);
    }

    /** listener gets the path of every request the server answers from now on (until {@link #unplug}). */
    public void onRequest(java.util.function.Consumer<String> listener) {
        app.jettyServer().server().setRequestLog((request, response) -> listener.accept(request.getHttpURI().getPath()));
    }

    /** Creates a user with {@link #PASSWORD}, or returns the existing one of that name. */
    public User user(String name, Role role, Scope scope) {
        return services.accounts().byName(name)
                .orElseGet(() -> services.users().create(name, role, scope, PASSWORD, false));
    }

    public String token(User user) {
        return services.tokens().create(user, "test", LocalDate.now().plusDays(30)).secret();
    }

    public TestClient client(String token) {
        return new TestClient(base(), token, false);
    }

    public TestClient anonymous() {
        return new TestClient(base(), null, false);
    }

    /** A browser-like client with a cookie jar and this site's Origin, signed in as {@code name}. */
    public TestClient session(String name) throws IOException, InterruptedException {
        TestClient c = new TestClient(base(), null, true).header("Origin", base());
        HttpResponse<String> r = c.post("/api/session", "application/json",
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + name + " failed: " + r.body());
        }
        return c;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return district.get(path);
    }

    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return district.post(path, contentType, body);
    }

    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return district.post(path, contentType, body);
    }

    @Override
    public void close() {
        app.stop();
    }
}
