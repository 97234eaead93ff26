package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.config.Basemap;
import org.housesafe.demo.DemoLoader;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.testing.TestTmp;

/**
 * The demo zone for browser tests: a fresh H2GIS file database with the demo data, a running
 * app, users of street 华兴, and API shortcuts (as the district test user) to set up buildings
 * and read back what the browser did.
 */
final class DemoWorld implements AutoCloseable {
    static final String HUAXING = "430408003";
    static final ObjectMapper JSON = new ObjectMapper();
    /** Centre of 华兴 (DOMAIN.md), where free places for new buildings are looked for. */
    private static final double CENTRE_LON = 112.575;
    private static final double CENTRE_LAT = 26.900;

    final Path dir;
    final Database db;
    final TestApp app;

    DemoWorld() throws IOException {
        this.dir = Files.createTempDirectory(TestTmp.dir(), "lifecycle-");
        this.db = Database.open("jdbc:h2:file:" + dir.resolve("housesafe") + ";WRITE_DELAY=0", null, null);
        this.app = new TestApp(db, Basemap.NONE);
        assertThat(DemoLoader.loadIfEmpty(app.services, new FootprintReader(app.config.extent(), Integer.MAX_VALUE)))
                .isTrue();
    }

    /** A user of street 华兴 with {@link TestApp#PASSWORD}. */
    String huaxingUser(String name, Role role) {
        app.user(name, role, Scope.of(Set.of(HUAXING)));
        return name;
    }

    JsonNode building(String id) throws IOException, InterruptedException {
        HttpResponse<String> r = app.get("/api/buildings/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** {@code numberMatched} of a list or ledger answer, asked as the district (all streets). */
    long numberMatched(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = app.get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("numberMatched").asLong();
    }

    JsonNode events(String id) throws IOException, InterruptedException {
        return JSON.readTree(app.get("/api/buildings/" + id + "/events").body()).get("events");
    }

    /** The [lon, lat] of a place in 华兴 with no building within about 40 m. */
    double[] freePlace(int skip) throws IOException, InterruptedException {
        int found = 0;
        for (int ring = 0; ring < 30; ring++) {
            for (int i = -ring; i <= ring; i++) {
                for (int j = -ring; j <= ring; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != ring) {
                        continue;
                    }
                    double lon = CENTRE_LON + i * 0.0006;
                    double lat = CENTRE_LAT + j * 0.0006;
                    String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon - 0.0004, lat - 0.0004, lon + 0.0004, lat + 0.0004);
                    JsonNode page = JSON.readTree(app.get("/api/buildings?limit=1&bbox=" + bbox).body());
                    if (page.get("numberMatched").asLong() == 0 && found++ == skip) {
                        return new double[] {lon, lat};
                    }
                }
            }
        }
        throw new AssertionError("no free place near the centre of 华兴");
    }

    /** A GeoJSON Polygon of a 12 m × 10 m rectangle whose south-west corner is at lon, lat. */
    static String rectangle(double lon, double lat) {
        double dLat = 10 / 111_320.0;
        double dLon = 12 / (111_320.0 * Math.cos(Math.toRadians(lat)));
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}",
                lon, lat, lon + dLon, lat, lon + dLon, lat + dLat, lon, lat + dLat, lon, lat);
    }

    /** A building set up for a test: its Feature and what the test needs of it. */
    record Target(JsonNode feature) {
        String id() {
            return feature.get("id").asText();
        }

        String houseCode() {
            return feature.at("/properties/houseCode").asText();
        }

        long version() {
            return feature.at("/properties/version").asLong();
        }

        /** The first corner [lon, lat] of the footprint: where the map is opened. */
        double[] corner() {
            JsonNode c = feature.at("/geometry/coordinates/0/0");
            return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
        }
    }

    /** Creates an unsurveyed building of 华兴 at a free place (as the district user). */
    Target newUnsurveyedBuilding(String houseCode, int place) throws IOException, InterruptedException {
        double[] at = freePlace(place);
        String feature = "{\"type\":\"Feature\",\"geometry\":" + rectangle(at[0], at[1])
                + ",\"properties\":{\"basic\":{\"houseCode\":\"" + houseCode + "\",\"address\":\"华兴街道测试路" + place + "号\"}}}";
        TestClient district = app.district;
        district.header("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> r = district.post("/api/buildings", "application/geo+json", feature);
        district.header("Idempotency-Key", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(r.body());
        assertThat(created.at("/properties/streetCode").asText()).isEqualTo(HUAXING);
        assertThat(created.at("/properties/status").asText()).isEqualTo("unsurveyed");
        return new Target(created);
    }

    /** A small JPEG (a colour gradient) in the test directory, for the photo input. */
    Path jpeg(String name) throws IOException {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 160; x++) {
            for (int y = 0; y < 120; y++) {
                image.setRGB(x, y, (x * 255 / 160) << 16 | (y * 255 / 120) << 8 | 96);
            }
        }
        Path file = dir.resolve(name);
        assertThat(ImageIO.write(image, "jpg", file.toFile())).isTrue();
        return file;
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            db.close();
        }
    }
}
