package org.housesafe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import org.housesafe.platform.db.StoreBusyException;
import org.housesafe.platform.db.StoreException;
import org.junit.jupiter.api.Test;

/** A busy or unreachable database answers 503 problem+json with Retry-After; a bug still answers 500. */
class BusyAnswerTest {

    @Test
    void a_busy_database_answers_503_with_retry_after_and_a_bug_500() throws Exception {
        Javalin app = Javalin.create(javalin -> {
            ErrorMapping.install(javalin);
            javalin.routes.get("/lock", ctx -> {
                throw new StoreBusyException("another write held the embedded database", null);
            });
            javalin.routes.get("/pool", ctx -> {
                throw new StoreException("find failed", new SQLTransientConnectionException("pool timed out"));
            });
            javalin.routes.get("/bug", ctx -> {
                throw new IllegalStateException("a bug");
            });
        }).start("127.0.0.1", 0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/lock", "/pool"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).as(path).hasValue("2");
                assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(r.body()).contains("\"type\":\"/problems/busy\"").doesNotContain("pool timed out");
            }
            HttpResponse<String> bug = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + app.port() + "/bug")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bug.statusCode()).isEqualTo(500);
        } finally {
            app.stop();
        }
    }
}
