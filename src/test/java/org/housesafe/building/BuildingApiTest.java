package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over HTTP on the embedded backend, bad input first. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQUARE = "[[[112.55,26.95],[112.5501,26.95],[112.5501,26.9501],[112.55,26.9501],[112.55,26.95]]]";

    Database db;
    TestApp app;

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:api-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = new TestApp(db);
        app.services.units().insertAll(StoreFixture.units());
        app.services.buildings().store().insertAll(StoreFixture.buildings(0, 250));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    /** POST /api/buildings as the district user, with a fresh Idempotency-Key. */
    private HttpResponse<String> create(String contentType, String body) throws Exception {
        return create(contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> create(String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return app.district.header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/buildings", contentType, body);
    }

    @Test
    void health_names_the_backend() throws Exception {
        JsonNode body = ok(app.get("/health"));
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("backend").asText()).isEqualTo("h2gis");
        assertThat(body.get("version").asText()).contains("H2");
    }

    @Test
    void a_list_pages_with_next_links_until_every_building_is_seen() throws Exception {
        String path = "/api/buildings?limit=10&community=" + StoreFixture.EAST_SOUTH;
        long expected = StoreFixture.buildings(0, 250).stream()
                .filter(r -> r.building().communityCode().equals(StoreFixture.EAST_SOUTH)).count();
        int seen = 0;
        while (path != null) {
            HttpResponse<String> r = app.get(path);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
            JsonNode page = ok(r);
            assertThat(page.get("numberMatched").asLong()).isEqualTo(expected);
            seen += page.get("numberReturned").asInt();
            assertThat(page.get("features").size()).isEqualTo(page.get("numberReturned").asInt());
            path = null;
            for (JsonNode link : page.get("links")) {
                if (link.get("rel").asText().equals("next")) {
                    path = link.get("href").asText();
                }
            }
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void a_list_item_carries_the_documented_summary_properties() throws Exception {
        JsonNode f = ok(app.get("/api/buildings?q=HS-000042")).get("features").get(0);
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Polygon");
        JsonNode p = f.get("properties");
        assertThat(p.get("houseCode").asText()).isEqualTo("HS-000042");
        assertThat(p.get("streetName").asText()).isEqualTo("华兴街道");
        assertThat(p.get("communityCode").asText()).isEqualTo(StoreFixture.WEST_SOUTH);
        assertThat(p.has("status") && p.has("judgement") && p.has("grade") && p.has("footprintArea")
                && p.has("floorArea") && p.has("version") && p.has("updatedAt")).isTrue();
    }

    @Test
    void one_building_has_every_block_and_a_strong_etag_and_its_history() throws Exception {
        String id = StoreFixture.building(9).building().id().toString();
        HttpResponse<String> r = app.get("/api/buildings/" + id);
        assertThat(r.headers().firstValue("ETag")).contains("\"1\"");
        JsonNode p = ok(r).get("properties");
        for (String block : AttributeSchema.BLOCKS) {
            assertThat(p.get(block)).as(block).isNotNull();
        }
        assertThat(p.get("basic").get("houseCode").asText()).isEqualTo("HS-000009");
        JsonNode events = ok(app.get("/api/buildings/" + id + "/events")).get("events");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("created", "survey", "recheck");
    }

    @Test
    void a_full_list_gives_each_building_as_its_own_get_does() throws Exception {
        String id = StoreFixture.building(9).building().id().toString();
        JsonNode one = ok(app.get("/api/buildings/" + id));
        JsonNode listed = ok(app.get("/api/buildings?q=HS-000009&detail=full")).get("features").get(0);
        assertThat(listed).isEqualTo(one);
        JsonNode summary = ok(app.get("/api/buildings?q=HS-000009")).get("features").get(0).get("properties");
        assertThat(summary.has("basic") || summary.has("allowedActions")).isFalse();
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "bbox=1,2,3 | bbox",
        "bbox=a,b,c,d | bbox",
        "bbox=112.6,26.9,112.5,26.8 | bbox",
        "limit=-1 | limit",
        "limit=0 | limit",
        "limit=99999999 | limit",
        "limit=abc | limit",
        "status=' OR 1=1-- | status",
        "judgement=maybe | judgement",
        "grade=E | grade",
        "street=43040800 | street",
        "community=1 OR 1=1 | community",
        "use=hotel | use",
        "after=not-a-uuid | after",
        "stauts=closed | stauts",
        "overdue=yes | overdue",
        "detail=everything | detail",
    })
    void bad_query_parameters_are_400_problems_naming_the_parameter(String query, String parameter) throws Exception {
        String[] kv = query.split("=", 2);
        HttpResponse<String> r = app.get("/api/buildings?" + kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        JsonNode problem = problem(r, 400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(parameter);
    }

    @Test
    void a_non_uuid_id_is_400_and_an_unknown_one_404() throws Exception {
        problem(app.get("/api/buildings/1%20OR%201=1"), 400);
        problem(app.get("/api/buildings/" + java.util.UUID.randomUUID()), 404);
        problem(app.get("/api/buildings/" + java.util.UUID.randomUUID() + "/events"), 404);
    }

    @Test
    void unknown_routes_and_methods_are_problems_too() throws Exception {
        problem(app.get("/api/nothing-here"), 404);
        problem(app.get("/api/admin-units?level=planet"), 400);
        problem(app.get("/api/stats/summary?groupBy=owner"), 400);
    }

    @Test
    void a_valid_feature_is_created_with_codes_and_geodesic_area() throws Exception {
        String feature = feature("HS-NEW-1", SQUARE);
        HttpResponse<String> r = create("application/geo+json", feature);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode p = JSON.readTree(r.body()).get("properties");
        assertThat(p.get("streetCode").asText()).isEqualTo(StoreFixture.WEST);
        assertThat(p.get("communityCode").asText()).isEqualTo(StoreFixture.WEST_NORTH);
        assertThat(p.get("status").asText()).isEqualTo("unsurveyed");
        assertThat(p.get("footprintArea").asDouble()).isBetween(110.0, 113.0);   // 0.0001° square at 26.95°N
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/buildings/"));
        problem(create("application/json", feature("HS-NEW-1", SQUARE)), 409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "self-intersecting bow tie | [[[112.55,26.95],[112.5501,26.9501],[112.5501,26.95],[112.55,26.9501],[112.55,26.95]]] | Self-intersection",
        "unclosed ring | [[[112.55,26.95],[112.5501,26.95],[112.5501,26.9501],[112.55,26.9501]]] | not closed",
        "lat/lon swapped | [[[26.95,112.55],[26.95,112.5501],[26.9501,112.5501],[26.9501,112.55],[26.95,112.55]]] | swapped",
        "1e400 | [[[1e400,26.95],[112.5501,26.95],[112.5501,26.9501],[112.55,26.95]]] | finite",
        "too few positions | [[[112.55,26.95],[112.5501,26.95],[112.55,26.95]]] | at least 4",
        "outside every street | [[[112.80,26.95],[112.8001,26.95],[112.8001,26.9501],[112.80,26.95]]] | no street",
    })
    void an_invalid_footprint_is_422_naming_the_error_and_nothing_is_written(String name, String coords,
                                                                             String says) throws Exception {
        long before = app.services.buildings().store().count(BuildingFilter.ALL);
        JsonNode p = problem(create("application/json", feature("HS-BAD", coords)), 422);
        assertThat(p.toString()).contains(says);
        assertThat(app.services.buildings().store().count(BuildingFilter.ALL)).isEqualTo(before);
    }

    @Test
    void a_point_where_a_polygon_belongs_is_422() throws Exception {
        String body = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.55,26.95]},"
                + "\"properties\":{\"basic\":{\"houseCode\":\"P\",\"address\":\"a\"}}}";
        assertThat(problem(create("application/json", body), 422).toString()).contains("Polygon");
    }

    @Test
    void a_feature_or_geometry_in_another_coordinate_system_is_422_naming_crs_and_creates_nothing() throws Exception {
        long before = app.services.buildings().store().count(BuildingFilter.ALL);
        String mercator = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}}";
        String onFeature = feature("HS-CRS-1", SQUARE).replaceFirst("^\\{", "{\"crs\":" + mercator + ",");
        String onGeometry = feature("HS-CRS-2", SQUARE).replace("\"geometry\":{", "\"geometry\":{\"crs\":" + mercator + ",");
        assertThat(problem(create("application/geo+json", onFeature), 422).get("errors"))
                .extracting(e -> e.get("field").asText()).containsExactly("crs");
        assertThat(problem(create("application/geo+json", onGeometry), 422).get("errors"))
                .extracting(e -> e.get("field").asText()).containsExactly("geometry.crs");
        assertThat(app.services.buildings().store().count(BuildingFilter.ALL)).isEqualTo(before);
        String crs84 = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}}";
        assertThat(create("application/geo+json", feature("HS-CRS-3", SQUARE).replaceFirst("^\\{", "{\"crs\":" + crs84 + ","))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void bad_attributes_are_422_listing_every_field() throws Exception {
        String body = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "},"
                + "\"properties\":{\"basic\":{\"houseCode\":\"X\",\"use\":\"casino\",\"floorsAbove\":-3,\"colour\":1},"
                + "\"survey\":{\"judgement\":\"none\"}}}";
        JsonNode p = problem(create("application/json", body), 422);
        assertThat(p.get("errors")).extracting(e -> e.get("field").asText()).contains(
                "properties.basic.use", "properties.basic.floorsAbove", "properties.basic.colour",
                "properties.survey", "properties.basic.address");
    }

    @Test
    void nan_and_malformed_json_are_400() throws Exception {
        problem(create("application/json",
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[NaN,26.9]]]}}"), 400);
        problem(create("application/json", "{\"type\":"), 400);
        problem(create("application/json", ""), 400);
    }

    @Test
    void more_vertices_than_the_limit_are_refused_before_validation() throws Exception {
        JsonNode p = problem(create("application/json", feature("HS-BIG", ring(6_000))), 422);
        assertThat(p.toString()).contains("too many vertices");
    }

    @Test
    void a_hundred_thousand_vertices_exceed_the_body_limit() throws Exception {
        refusedAsTooLarge(HttpRequest.BodyPublishers.ofString(feature("HS-HUGE", ring(100_000))));
    }

    /**
     * The server answers 413 from the headers and stops reading; a client still uploading may see
     * the connection closed before it reads that answer. Either way nothing may be stored.
     */
    private void refusedAsTooLarge(HttpRequest.BodyPublisher body) throws Exception {
        long before = app.services.buildings().store().count(BuildingFilter.ALL);
        try {
            problem(create("application/json", body), 413);
        } catch (java.io.IOException closedWhileUploading) {
            assertThat(closedWhileUploading).isNotNull();
        }
        assertThat(app.services.buildings().store().count(BuildingFilter.ALL)).isEqualTo(before);
    }

    private static String ring(int vertices) {
        return "[[" + IntStream.range(0, vertices).mapToObj(i -> "[112.55," + (26.95 + i * 1e-9) + "]")
                .collect(Collectors.joining(",")) + "]]";
    }

    @Test
    void ten_thousand_nested_arrays_are_refused_by_the_parser() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        JsonNode p = problem(create("application/json", "{\"geometry\":" + deep + "}"), 400);
        assertThat(p.get("type").asText()).endsWith("json-limit");
    }

    @Test
    void a_fifty_megabyte_body_is_413_without_being_read_whole() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        refusedAsTooLarge(HttpRequest.BodyPublishers.ofByteArray(big));
    }

    @Test
    void a_form_or_text_body_is_415() throws Exception {
        problem(create("text/plain", feature("HS-T", SQUARE)), 415);
        problem(create("application/x-www-form-urlencoded", "a=b"), 415);
    }

    @Test
    void no_error_leaks_sql_class_names_or_paths() throws Exception {
        for (HttpResponse<String> r : java.util.List.of(
                app.get("/api/buildings?status=%27%20OR%201%3D1--"),
                create("application/json", "{\"type\":"),
                app.get("/api/buildings/xyz"))) {
            assertThat(r.body()).doesNotContain("SELECT", "org.", "java.", "Exception", "/work/", "at ");
        }
    }

    static String feature(String houseCode, String coordinates) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "},"
                + "\"properties\":{\"basic\":{\"houseCode\":\"" + houseCode + "\",\"address\":\"华兴街道测试路1号\","
                + "\"use\":\"other\",\"floorsAbove\":3,\"floorArea\":330.5}}}";
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("type").asText()).startsWith("/problems/");
        return p;
    }
}
