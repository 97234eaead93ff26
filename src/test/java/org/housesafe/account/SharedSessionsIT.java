package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.Test;

/** Two app servers on one PostGIS: a session and a token made on one work on the other. */
class SharedSessionsIT {

    @Test
    void a_session_and_a_token_from_one_app_server_work_on_another_and_logout_ends_both() throws Exception {
        PostgresCluster pg = PostgresCluster.get();
        String url = pg.createDatabase("shared");
        try (Database dbA = Database.open(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
             Database dbB = Database.open(url, PostgresCluster.USER, PostgresCluster.PASSWORD);
             TestApp a = new TestApp(dbA);
             TestApp b = new TestApp(dbB)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(a.base() + "/api/session"))
                    .header("Content-Type", "application/json").header("Origin", a.base())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"test-admin\",\"password\":\"" + TestApp.PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            assertThat(cookie).startsWith("hs_session=");

            assertThat(me(http, b.base(), cookie)).isEqualTo(200);
            assertThat(b.district.get("/api/me").statusCode()).isEqualTo(200);   // token made via app A's services

            HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create(b.base() + "/api/session"))
                    .header("Cookie", cookie).header("Origin", b.base()).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(logout.statusCode()).isEqualTo(204);
            assertThat(me(http, a.base(), cookie)).isEqualTo(401);
        }
    }

    private static int me(HttpClient http, String base, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
