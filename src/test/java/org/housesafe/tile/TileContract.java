package org.housesafe.tile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.Building;
import org.housesafe.building.StoreFixture;
import org.housesafe.export.Ogr;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestTmp;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Vector tiles over HTTP on either backend: content, scope, filter, errors, and tiles that follow edits. */
abstract class TileContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int BUILDINGS = 40;
    /** Where building 0 (west street, north community) is moved to: another z16 tile of its community. */
    static final String MOVED = "{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[112.53,26.93],[112.5301,26.93],"
            + "[112.5301,26.9301],[112.53,26.9301],[112.53,26.93]]]}}";

    Database db;
    TestApp app;
    String street;
    String district;

    abstract Database openDatabase();

    @BeforeEach
    void start() {
        db = openDatabase();
        app = new TestApp(db);
        app.services.units().insertAll(StoreFixture.units());
        app.services.buildings().store().insertAll(StoreFixture.buildings(0, BUILDINGS));
        street = app.token(app.user("street", Role.STREET_OFFICE, Scope.of(Set.of(StoreFixture.WEST))));
        district = app.token(app.user("test-district", Role.DISTRICT, Scope.ALL));
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    static Building building(int i) {
        return StoreFixture.building(i).building();
    }

    /** The tile at zoom {@code z} holding the centre of building {@code i}'s footprint. */
    static Tile tileOf(int i, int z) {
        Envelope e = building(i).footprint().getEnvelopeInternal();
        return TileHttp.at(e.centre().x, e.centre().y, z);
    }

    HttpResponse<byte[]> get(String token, Tile t, String query, String ifNoneMatch) throws Exception {
        return TileHttp.get(app.base(), token, TileHttp.path(t) + (query == null ? "" : "?" + query), ifNoneMatch);
    }

    List<TileHttp.Feature> features(String token, Tile t, String query) throws Exception {
        HttpResponse<byte[]> r = get(token, t, query, null);
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains(TileRoutes.MVT);
        return TileHttp.decode(r.body());
    }

    static Set<Object> ids(List<TileHttp.Feature> features) {
        return features.stream().map(f -> f.get("id")).collect(Collectors.toSet());
    }

    /** The fixture's buildings that a full tile shows: those meeting it with its buffer. */
    static Set<Object> expectedIds(Tile t, Predicate<Building> visible) {
        Envelope buffered = t.lonLat(Tile.BUFFER);
        return IntStream.range(0, BUILDINGS).mapToObj(TileContract::building).filter(visible)
                .filter(b -> b.footprint().getEnvelopeInternal().intersects(buffered))
                .map(b -> b.id().toString()).collect(Collectors.toSet());
    }

    static boolean west(Building b) {
        return b.streetCode().equals(StoreFixture.WEST);
    }

    String etag(String token, Tile t) throws Exception {
        return get(token, t, null, null).headers().firstValue("ETag").orElseThrow();
    }

    HttpResponse<String> write(String method, String path, String body) throws Exception {
        return app.client(street).header("If-Match", "\"1\"").header("Idempotency-Key", UUID.randomUUID().toString())
                .send(method, path, "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void a_full_tile_carries_the_footprints_of_the_callers_streets_with_their_properties() throws Exception {
        Tile t = tileOf(0, 16);
        List<TileHttp.Feature> features = features(street, t, null);
        assertThat(ids(features)).isEqualTo(expectedIds(t, TileContract::west)).hasSizeGreaterThan(1);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (TileHttp.Feature f : features) {
            Building b = app.services.buildings().get(UUID.fromString((String) f.get("id")), Scope.ALL);
            assertThat(f.geometry()).isInstanceOf(Polygon.class);
            assertThat(f.get("detail")).isEqualTo("full");
            assertThat(f.get("status")).isEqualTo(b.status().code());
            assertThat(f.get("judgement")).isEqualTo(b.judgement() == null ? null : b.judgement().code());
            assertThat(f.get("grade")).isEqualTo(b.grade() == null ? null : b.grade().code());
            assertThat(f.get("overdue")).isEqualTo(b.deadline() != null && b.deadline().isBefore(today));
        }
        // building 0, a square of 0.0001° from (112.51, 26.91), in tile units (y down from the north)
        Envelope units = features.stream().filter(f -> f.get("id").equals(building(0).id().toString())).findFirst()
                .orElseThrow().geometry().getEnvelopeInternal();
        double n = 1L << 16;
        double x0 = ((112.51 + 180) / 360 * n - t.x()) * Tile.EXTENT;
        double y0 = ((1 - Math.log(Math.tan(Math.toRadians(26.9101)) + 1 / Math.cos(Math.toRadians(26.9101)))
                / Math.PI) / 2 * n - t.y()) * Tile.EXTENT;
        assertThat(units.getMinX()).isCloseTo(x0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(units.getMinY()).isCloseTo(y0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(units.getWidth()).isBetween(73.0, 76.0);  // 0.0001° at z16: 74.6 units
    }

    @Test
    void another_streets_buildings_are_absent_and_a_tile_without_any_is_a_204() throws Exception {
        Tile east = tileOf(1, 16);
        HttpResponse<byte[]> r = get(street, east, null, null);
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(get(street, east, null, etag).statusCode()).isEqualTo(304);
        assertThat(ids(features(district, east, null))).isEqualTo(expectedIds(east, b -> !west(b))).isNotEmpty();
        assertThat(ids(features(district, tileOf(0, 16), null))).isEqualTo(expectedIds(tileOf(0, 16), b -> true));
    }

    @Test
    void gzip_and_identity_answers_of_a_tile_have_different_etags_and_vary_on_accept_encoding() throws Exception {
        Tile t = tileOf(0, 12);
        String path = TileHttp.path(t);
        HttpResponse<byte[]> plain = TileHttp.get(app.base(), district, path, null, "identity");
        HttpResponse<byte[]> gzip = TileHttp.get(app.base(), district, path, null, "gzip, deflate");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes())
                .isEqualTo(plain.body());
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).isNotEqualTo(plainTag);
        for (HttpResponse<byte[]> r : List.of(plain, gzip)) {
            assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        }
        HttpResponse<byte[]> crossed = TileHttp.get(app.base(), district, path, gzipTag, "identity");
        assertThat(crossed.statusCode()).as("a gzip ETag does not validate the identity answer").isEqualTo(200);
        assertThat(crossed.body()).isEqualTo(plain.body());
        HttpResponse<byte[]> same = TileHttp.get(app.base(), district, path, gzipTag, "gzip");
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.headers().firstValue("ETag")).contains(gzipTag);
        assertThat(same.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
    }

    @Test
    void the_common_filter_narrows_a_tile() throws Exception {
        Tile t = tileOf(0, 16);
        String status = building(0).status().code();
        List<TileHttp.Feature> some = features(district, t, "status=" + status + "&street=" + StoreFixture.WEST);
        assertThat(some).allSatisfy(f -> assertThat(f.get("status")).isEqualTo(status));
        assertThat(ids(some)).isEqualTo(expectedIds(t, b -> west(b) && b.status().code().equals(status))).isNotEmpty();
        assertThat(features(street, t, "grade=A,B")).allSatisfy(f -> assertThat(f.get("grade")).isIn("A", "B"));
    }

    @Test
    void bad_coordinates_and_filters_are_problems_and_strangers_are_refused() throws Exception {
        String[][] table = {
            {"/tiles/buildings/23/0/0.mvt", "400"}, {"/tiles/buildings/1/2/0.mvt", "400"},
            {"/tiles/buildings/1/0/-1.mvt", "400"}, {"/tiles/buildings/z/0/0.mvt", "400"},
            {"/tiles/buildings/16/53258/x.mvt", "400"}, {"/tiles/buildings/16/53258/27682.mvt?status=bogus", "400"},
            {"/tiles/buildings/16/53258/27682.mvt?color=red", "400"},
            {"/tiles/buildings/16/53258/27682.mvt?street=430408004", "403"}, {"/tiles/buildings.json?status=bogus", "400"},
        };
        for (String[] row : table) {
            HttpResponse<byte[]> r = TileHttp.get(app.base(), street, row[0], null);
            assertThat(r.statusCode()).as(row[0]).isEqualTo(Integer.parseInt(row[1]));
            assertThat(r.headers().firstValue("Content-Type")).as(row[0]).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(TileHttp.get(app.base(), null, row[0].replaceAll("\\?.*", ""), null).statusCode()).as(row[0])
                    .isEqualTo(401);
        }
    }

    @Test
    void low_zooms_carry_one_point_per_cell_with_the_count_of_its_buildings() throws Exception {
        Tile t = tileOf(0, 12);
        List<TileHttp.Feature> cells = features(district, t, null);
        long expected = IntStream.range(0, BUILDINGS).filter(i -> tileOf(i, 12).equals(t)).count();
        assertThat(expected).isGreaterThan(5);
        assertThat(cells).allSatisfy(f -> {
            assertThat(f.get("detail")).isEqualTo("aggregated");
            assertThat(f.geometry()).isInstanceOf(Point.class);
            assertThat((f.geometry().getCoordinate().x - Detail.CELL / 2) % Detail.CELL).isZero();
            assertThat(f.properties()).doesNotContainKey("id").containsKeys("count", "status", "overdue");
        });
        assertThat(cells.stream().mapToLong(f -> ((Number) f.get("count")).longValue()).sum()).isEqualTo(expected);
        long west = IntStream.range(0, BUILDINGS).filter(i -> tileOf(i, 12).equals(t) && west(building(i))).count();
        assertThat(features(street, t, null).stream().mapToLong(f -> ((Number) f.get("count")).longValue()).sum())
                .isEqualTo(west);
    }

    @Test
    void moving_a_footprint_changes_its_old_and_new_tiles_at_every_zoom_but_not_a_far_one() throws Exception {
        String id = building(0).id().toString();
        Tile old16 = tileOf(0, 16);
        Tile new16 = TileHttp.at(112.53005, 26.93005, 16);
        Tile z12 = tileOf(0, 12);
        Tile far = tileOf(1, 16);
        String before = etag(street, old16);
        String beforeNew = etag(street, new16);
        String before12 = etag(street, z12);
        String farTag = etag(district, far);
        assertThat(get(street, old16, null, before).statusCode()).isEqualTo(304);
        assertThat(get(street, old16, null, before).headers().firstValue("Cache-Control")).contains("private, no-cache");

        HttpResponse<String> moved = write("PATCH", "/api/buildings/" + id, MOVED);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        assertThat(get(street, old16, null, before).statusCode()).isEqualTo(200);
        assertThat(etag(street, old16)).isNotEqualTo(before);
        assertThat(ids(features(street, old16, null))).doesNotContain(id);
        assertThat(etag(street, new16)).isNotEqualTo(beforeNew);
        assertThat(ids(features(street, new16, null))).contains(id);
        assertThat(etag(street, z12)).isNotEqualTo(before12);
        assertThat(get(district, far, null, farTag).statusCode()).as("untouched far tile").isEqualTo(304);
    }

    @Test
    void a_lifecycle_action_shows_in_the_tile_at_once() throws Exception {
        String id = building(0).id().toString();
        Tile t = tileOf(0, 16);
        String before = etag(street, t);
        assertThat(features(street, t, null)).filteredOn(f -> f.get("id").equals(id))
                .singleElement().satisfies(f -> assertThat(f.properties()).doesNotContainKey("judgement"));
        HttpResponse<String> r = write("POST", "/api/buildings/" + id + "/events",
                "{\"action\":\"survey\",\"payload\":{\"judgement\":\"none\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String status = JSON.readTree(r.body()).get("properties").get("status").asText();
        assertThat(etag(street, t)).isNotEqualTo(before);
        assertThat(features(street, t, null)).filteredOn(f -> f.get("id").equals(id)).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("judgement")).isEqualTo("none");
                    assertThat(f.get("status")).isEqualTo(status);
                });
    }

    @Test
    void gdal_opens_a_tile_as_web_mercator_features() throws Exception {
        Ogr.require();
        Tile t = tileOf(0, 16);
        byte[] bytes = get(street, t, null, null).body();
        Path file = TestTmp.dir().resolve("tiles-" + UUID.randomUUID()).resolve(t.z() + "/" + t.x() + "/" + t.y()
                + ".mvt");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        assertThat(Ogr.featureCount(file)).isEqualTo(TileHttp.decode(bytes).size());
        assertThat(Ogr.summary(file)).contains("Layer name: buildings", "Pseudo-Mercator", "id: String",
                "status: String", "overdue: Integer(Boolean)");
    }

    @Test
    void the_tilejson_describes_the_layer_with_an_absolute_url_template() throws Exception {
        HttpResponse<String> r = app.client(street).get("/tiles/buildings.json?status=closed");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("tilejson").asText()).isEqualTo("3.0.0");
        assertThat(doc.get("tiles").get(0).asText())
                .isEqualTo(app.base() + "/tiles/buildings/{z}/{x}/{y}.mvt?status=closed");
        assertThat(doc.get("bounds")).extracting(JsonNode::asDouble).containsExactly(111.5, 26.0, 113.4, 27.6);
        assertThat(doc.get("maxzoom").asInt()).isEqualTo(Detail.FULL_FROM_ZOOM);
        JsonNode layer = doc.get("vector_layers").get(0);
        assertThat(layer.get("id").asText()).isEqualTo("buildings");
        assertThat(layer.get("fields").fieldNames()).toIterable()
                .contains("id", "status", "judgement", "grade", "overdue", "count", "detail");
        assertThat(doc.get("housesafe:detail")).extracting(d -> d.get("detail").asText())
                .containsExactly("aggregated", "full");
    }
}
