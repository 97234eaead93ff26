package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

/**
 * The vector tiles the map's own decoder ({@code web/js/map/tiles/mvt.js}) is tested against
 * ({@code web/test/mvt.test.js}) are real ones: made by the Java encoder the H2GIS tiles use, and
 * served by the app. This test checks that the committed fixtures still decode to what the
 * encoder and the server make today, and writes them when missing or asked to:
 * {@code mvn -Dbuild.dir=target-map -Dtest=MvtFixtureTest -Dmvt.fixtures=write -DskipITs verify}.
 */
class MvtFixtureTest {
    static final Path FIXTURES = Path.of("web/test/fixtures");
    /** South-west corners of the fixture's buildings in 华兴 (mvt.test.js knows them too). */
    static final double[][] CORNERS = {{112.5801, 26.9501}, {112.5811, 26.9501}, {112.5801, 26.9511}};
    static final String[] IDS = {"00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
        "00000000-0000-4000-8000-000000000003"};

    @Test
    void the_encoder_fixture_holds_every_geometry_and_value_kind() throws Exception {
        GeometryFactory f = new GeometryFactory();
        WKTReader wkt = new WKTReader(f);
        List<Geometry> features = new ArrayList<>();
        features.add(feature(wkt.read("POLYGON ((100 100, 300 100, 300 300, 100 300, 100 100),"
                + " (150 150, 150 250, 250 250, 250 150, 150 150))"), 7, "name", "华兴", "count", 42, "flag", true));
        features.add(feature(wkt.read("MULTIPOLYGON (((1000 1000, 1100 1000, 1100 1100, 1000 1100, 1000 1000)),"
                + " ((2000 2000, 2200 2000, 2200 2200, 2000 2200, 2000 2000)))"), 8, "negative", -5, "ratio", 0.25));
        features.add(feature(f.createPoint(new Coordinate(2048, 1024)), 9, "single", 1.5f, "big", 1L << 40));
        features.add(feature(wkt.read("MULTIPOINT ((10 20), (30 40))"), 10, "flag", false));
        features.add(feature(wkt.read("LINESTRING (0 0, 4096 4096, 4096 0)"), 11, "name", "line"));
        byte[] tile = MvtEncoder.encode(new JtsMvt(new JtsLayer("kinds", features, 4096)), new MvtLayerParams(4096),
                new UserDataKeyValueMapConverter("fid"));
        check("kinds.mvt", tile);
    }

    @Test
    void the_server_fixtures_are_tiles_of_the_app_at_full_and_aggregated_detail() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:mvt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
             TestApp app = new TestApp(db)) {
            app.services.units().insertAll(StoreFixture.units());
            for (int i = 0; i < IDS.length; i++) {
                create(app, IDS[i], CORNERS[i], i == 0);
            }
            String token = app.token(app.user("fixture-district", Role.DISTRICT, Scope.ALL));
            check("buildings-16.mvt", tile(app, token, 16, CORNERS[0]));
            check("buildings-14.mvt", tile(app, token, 14, CORNERS[0]));
        }
    }

    private static Geometry feature(Geometry g, long id, Object... properties) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fid", id);
        for (int i = 0; i < properties.length; i += 2) {
            p.put((String) properties[i], properties[i + 1]);
        }
        g.setUserData(p);
        return g;
    }

    /** A square of 0.0004° (about 40 m by 45 m) at corner; the first has a courtyard. */
    private static void create(TestApp app, String id, double[] c, boolean courtyard) throws Exception {
        double d = 0.0004;
        String ring = ring(c[0], c[1], c[0] + d, c[1] + d, false);
        String hole = courtyard ? "," + ring(c[0] + d / 4, c[1] + d / 4, c[0] + 3 * d / 4, c[1] + 3 * d / 4, true) : "";
        String body = "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                + ring + hole + "]},\"properties\":{\"basic\":{\"houseCode\":\"MVT-" + id.substring(35)
                + "\",\"address\":\"华兴街道瓦片路" + id.substring(35) + "号\"}}}";
        app.district.header("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> r = app.district.post("/api/buildings", "application/geo+json", body);
        app.district.header("Idempotency-Key", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static String ring(double x1, double y1, double x2, double y2, boolean clockwise) {
        String[] p = {"[" + x1 + "," + y1 + "]", "[" + x2 + "," + y1 + "]", "[" + x2 + "," + y2 + "]", "[" + x1 + "," + y2 + "]"};
        return clockwise ? "[" + p[0] + "," + p[3] + "," + p[2] + "," + p[1] + "," + p[0] + "]"
                : "[" + p[0] + "," + p[1] + "," + p[2] + "," + p[3] + "," + p[0] + "]";
    }

    private static byte[] tile(TestApp app, String token, int z, double[] at) throws Exception {
        long x = (long) Math.floor((at[0] + 180) / 360 * (1L << z));
        double lat = Math.toRadians(at[1]);
        long y = (long) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * (1L << z));
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.base() + "/tiles/buildings/" + z + "/" + x + "/" + y + ".mvt"))
                .header("Authorization", "Bearer " + token).build();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isNotEmpty();
        return r.body();
    }

    /** Writes fixture {@code name} when missing or asked to; else checks it decodes as {@code made} does. */
    private static void check(String name, byte[] made) throws IOException {
        Path file = FIXTURES.resolve(name);
        if (!Files.exists(file) || "write".equals(System.getProperty("mvt.fixtures"))) {
            Files.createDirectories(FIXTURES);
            Files.write(file, made);
        }
        assertThat(decoded(Files.readAllBytes(file)))
                .as("%s is stale: rewrite it with -Dmvt.fixtures=write and rerun node --test", file)
                .isEqualTo(decoded(made));
    }

    /** Layer name, then per feature its WKT and properties: what a decoder must find. */
    private static List<String> decoded(byte[] tile) throws IOException {
        JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(tile), new GeometryFactory(),
                new TagKeyValueMapConverter(false, "fid"), MvtReader.RING_CLASSIFIER_V2_1);
        List<String> out = new ArrayList<>();
        for (JtsLayer layer : mvt.getLayers()) {
            out.add("layer " + layer.getName() + " extent " + layer.getExtent());
            layer.getGeometries().forEach(g -> out.add(g.toText() + " " + g.getUserData()));
        }
        return out;
    }
}
