package org.housesafe.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.housesafe.HouseSafe;
import org.housesafe.config.Basemap;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;

/** A running app on a free port over a given database, with a small HTTP client. */
public final class TestApp implements AutoCloseable {
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final HouseSafe.Services services;
    public final Config config;

    public TestApp(Database db) {
        this(db, Config.defaults().basemap());
    }

    /** @param basemap {@code NONE} keeps a browser under test off the network */
    public TestApp(Database db, Basemap basemap) {
        Config d = Config.defaults();
        this.config = new Config(0, "127.0.0.1", d.dataDir(), null, null, null, d.extent(), basemap, null,
                d.limits());
        this.services = HouseSafe.Services.of(config, db, Clock.systemUTC());
        this.app = HouseSafe.create(config, services).start("127.0.0.1", 0);
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return post(path, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
