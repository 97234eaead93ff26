package org.housesafe.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.housesafe.HouseSafe;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.config.Basemap;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.tile.TileHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/imports}: the admin's upload, its refusals and its limits, over HTTP. */
class ImportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT = 256 * 1024;
    private static final String PASSWORD = "correct-horse-battery";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Database db;
    private HouseSafe.Services services;
    private Javalin app;
    private String admin;
    private String district;

    @BeforeEach
    void start() {
        db = Database.open("jdbc:h2:mem:import-api-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        Config d = Config.defaults();
        Config config = new Config(0, "127.0.0.1", d.dataDir(), null, null, null, d.extent(), Basemap.NONE, null,
                d.limits().withMaxImportBytes(LIMIT), d.security(), false, d.deadlines());
        services = HouseSafe.Services.of(config, db, Clock.systemUTC());
        services.units().insertAll(StoreFixture.units());
        app = HouseSafe.create(config, services).start("127.0.0.1", 0);
        admin = token("imp-admin", Role.ADMIN);
        district = token("imp-district", Role.DISTRICT);
    }

    @AfterEach
    void stop() {
        app.stop();
        db.close();
    }

    private String token(String name, Role role) {
        return services.tokens().create(services.users().create(name, role, Scope.ALL, PASSWORD, false), "t",
                LocalDate.now().plusDays(1)).secret();
    }

    private HttpResponse<String> post(String token, String type, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + "/api/imports?name=city.geojson"))
                .POST(body).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
        if (type != null) {
            r.header("Content-Type", type);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + app.port();
    }

    private long buildings() {
        return new Jdbc(db).one("SELECT COUNT(*) FROM building", rs -> rs.getLong(1)).orElseThrow();
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        return JSON.readTree(r.body());
    }

    @Test
    void an_admin_uploads_a_feature_collection_and_every_building_is_theirs() throws Exception {
        HttpResponse<String> r = post(admin, "application/geo+json",
                HttpRequest.BodyPublishers.ofString(ImportFixture.valid(0, 30)));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("features").asLong()).isEqualTo(30);
        assertThat(body.get("fileName").asText()).isEqualTo("city.geojson");
        assertThat(buildings()).isEqualTo(30);
        assertThat(new Jdbc(db).list("SELECT DISTINCT actor || '/' || role FROM building_event", rs -> rs.getString(1)))
                .containsExactly("imp-admin/admin");
    }

    @Test
    void an_upload_drops_the_cached_tiles_so_the_map_shows_the_new_buildings() throws Exception {
        String tile = TileHttp.path(TileHttp.at(ImportFixture.lon(0), ImportFixture.lat(0), 16));
        HttpResponse<byte[]> before = TileHttp.get(base(), admin, tile, null);
        assertThat(before.statusCode()).as("an empty tile, now cached").isEqualTo(204);

        assertThat(post(admin, "application/geo+json", HttpRequest.BodyPublishers.ofString(ImportFixture.valid(0, 30)))
                .statusCode()).isEqualTo(201);

        assertThat(TileHttp.decode(TileHttp.get(base(), admin, tile, null).body()))
                .anySatisfy(f -> assertThat(f.get("id")).isNotNull());
    }

    @Test
    void the_web_page_uploads_a_file_as_multipart_with_its_session() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/session"))
                .header("Content-Type", "application/json").header("Origin", base())
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"imp-admin\",\"password\":\"" + PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String boundary = "----import" + UUID.randomUUID();
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", base())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "town.geojson",
                        ImportFixture.valid(0, 12)))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(JSON.readTree(r.body()).get("fileName").asText()).isEqualTo("town.geojson");
        assertThat(buildings()).isEqualTo(12);
    }

    @Test
    void another_role_is_refused_and_nothing_is_read() throws Exception {
        problem(post(district, "application/geo+json", HttpRequest.BodyPublishers.ofString(ImportFixture.valid(0, 5))),
                403);
        assertThat(buildings()).isZero();
    }

    @Test
    void bad_features_are_a_422_listing_every_error_with_its_index() throws Exception {
        List<String> f = new java.util.ArrayList<>(List.of(ImportFixture.feature(0), ImportFixture.feature(1),
                ImportFixture.feature(2), ImportFixture.feature(3)));
        f.set(1, f.get(1).replace("\"use\":\"other\"", "\"use\":\"xyz\""));
        f.set(3, ImportFixture.feature(ImportFixture.polygon(ImportFixture.square(113.9, 26.9, 0.001)),
                ImportFixture.properties(3, "")));
        JsonNode p = problem(post(admin, "application/geo+json",
                HttpRequest.BodyPublishers.ofString(ImportFixture.collection(f))), 422);

        assertThat(p.get("type").asText()).isEqualTo("/problems/invalid-import");
        assertThat(p.get("errorCount").asLong()).isEqualTo(2);
        assertThat(p.get("errors").get(0).get("index").asLong()).isEqualTo(1);
        assertThat(p.get("errors").get(0).get("field").asText()).isEqualTo("properties.basic.use");
        assertThat(p.get("errors").get(0).get("message").asText()).startsWith("must be one of [");
        assertThat(p.get("errors").get(1).get("index").asLong()).isEqualTo(3);
        assertThat(p.get("detail").asText()).startsWith("feature 1: properties.basic.use:").endsWith("(and 1 more)");
        assertThat(buildings()).isZero();
    }

    @Test
    void a_collection_or_feature_in_another_coordinate_system_is_a_422_naming_crs_and_imports_nothing() throws Exception {
        String collection = ImportFixture.valid(0, 3).replaceFirst("^\\{", "{\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},");
        JsonNode p = problem(post(admin, "application/geo+json", HttpRequest.BodyPublishers.ofString(collection)), 422);
        assertThat(p.get("errors").get(0).get("field").asText()).isEqualTo("crs");
        assertThat(p.get("errors").get(0).get("message").asText()).contains("EPSG::3857");
        String feature = ImportFixture.feature(1).replaceFirst("^\\{", "{\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"EPSG:2385\"}},");
        JsonNode q = problem(post(admin, "application/geo+json", HttpRequest.BodyPublishers.ofString(
                ImportFixture.collection(List.of(ImportFixture.feature(0), feature)))), 422);
        assertThat(q.get("errors").get(0).get("index").asLong()).isEqualTo(1);
        assertThat(q.get("errors").get(0).get("field").asText()).isEqualTo("crs");
        assertThat(buildings()).isZero();
    }

    @Test
    void a_body_that_is_no_json_or_nests_without_end_is_a_400() throws Exception {
        JsonNode p = problem(post(admin, "application/geo+json", HttpRequest.BodyPublishers.ofString("<html>")), 400);
        assertThat(p.get("type").asText()).isEqualTo("/problems/unreadable-import");
        assertThat(p.get("errors").get(0).get("index").isNull()).isTrue();
        JsonNode deep = problem(post(admin, "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"type\":\"FeatureCollection\",\"x\":" + "[".repeat(5000))), 400);
        assertThat(deep.get("errors").get(0).get("message").asText()).startsWith("nests deeper than 32 levels");
        assertThat(p.toString()).doesNotContain("Exception", "org.", "java.");
    }

    @Test
    void a_body_over_the_limit_is_a_413_whether_announced_or_streamed() throws Exception {
        byte[] big = ImportFixture.valid(0, 2000).getBytes(StandardCharsets.UTF_8);
        assertThat((long) big.length).isGreaterThan(LIMIT);
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(big),
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))) {
            try {
                problem(post(admin, "application/geo+json", body), 413);
            } catch (java.io.IOException closedWhileUploading) {
                assertThat(closedWhileUploading).isNotNull();   // the server answered and stopped reading
            }
        }
        assertThat(buildings()).isZero();
    }

    @Test
    void a_text_or_form_body_is_415() throws Exception {
        problem(post(admin, "text/plain", HttpRequest.BodyPublishers.ofString(ImportFixture.valid(0, 1))), 415);
        problem(post(admin, null, HttpRequest.BodyPublishers.ofString(ImportFixture.valid(0, 1))), 415);
    }

    private static byte[] multipart(String boundary, String fileName, String content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/geo+json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
