package org.housesafe.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.photo.PhotoFixture.EAST;
import static org.housesafe.photo.PhotoFixture.EAST_BUILDING;
import static org.housesafe.photo.PhotoFixture.WEST;
import static org.housesafe.photo.PhotoFixture.WEST_BUILDING;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Photo upload and download over HTTP on the embedded backend, with real roles and scopes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoApiTest {
    static final String WEST_PHOTOS = "/api/buildings/" + WEST_BUILDING + "/photos";
    static final String EAST_PHOTOS = "/api/buildings/" + EAST_BUILDING + "/photos";

    Database db;
    PhotoTestApp app;
    PhotoHttp westInspector;
    PhotoHttp eastInspector;

    @BeforeAll
    void start() {
        db = Database.open("jdbc:h2:mem:photo-api-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        PhotoFixture.load(db);
        app = new PhotoTestApp(db);
        westInspector = app.as("west-inspector", Role.INSPECTOR, Scope.of(Set.of(WEST)));
        eastInspector = app.as("east-inspector", Role.INSPECTOR, Scope.of(Set.of(EAST)));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    static byte[] evidence() {
        return TestImages.withSegment(TestImages.jpeg(640, 480),
                TestImages.exif(Exif.empty().taken("2024-01-09 16:30:00".replace('-', ':')).at(26.95, 112.55)));
    }

    JsonNode uploaded(PhotoHttp client, String path, byte[] image) throws Exception {
        HttpResponse<byte[]> r = client.upload(path, "file", "IMG_0001.jpg", "image/jpeg", image);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return PhotoHttp.json(r);
    }

    @Test
    void four_hostile_pngs_in_parallel_do_not_delay_another_users_normal_upload() throws Exception {
        byte[] bomb = TestImages.zeroPng(6_000, 6_000, 16, 2);
        byte[] normal = TestImages.jpeg(320, 240);
        assertThat(normal.length).isBetween(1_000, 12_000);
        PhotoHttp colleague = app.as("west-colleague", Role.INSPECTOR, Scope.of(Set.of(WEST)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HttpResponse<byte[]>>> hostile = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                hostile.add(pool.submit(() -> westInspector.upload(WEST_PHOTOS, "file", "bomb.png", "image/png", bomb)));
            }
            Thread.sleep(300);
            long start = System.nanoTime();
            HttpResponse<byte[]> r = colleague.upload(WEST_PHOTOS, "file", "IMG_0002.jpg", "image/jpeg", normal);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
            assertThat(millis).as("the normal upload's wait").isLessThan(2_000);
            for (var f : hostile) {
                assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(422);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_inspector_uploads_a_photo_and_gets_its_fields_and_links() throws Exception {
        HttpResponse<byte[]> r = westInspector.upload(WEST_PHOTOS, "file", "IMG_0001.jpg", "image/jpeg", evidence());
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = PhotoHttp.json(r);
        String id = body.get("id").asText();
        assertThat(r.headers().firstValue("Location")).contains("/api/photos/" + id);
        assertThat(body.get("width").asInt()).isEqualTo(640);
        assertThat(body.get("height").asInt()).isEqualTo(480);
        assertThat(body.get("takenAt").asText()).isEqualTo("2024-01-09T08:30:00Z");
        assertThat(body.get("lon").asDouble()).isEqualTo(112.55, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(body.get("lat").asDouble()).isEqualTo(26.95, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(body.get("eventSeq").isNull()).isTrue();
        assertThat(body.get("url").asText()).isEqualTo("/api/photos/" + id);
        assertThat(body.get("thumbnailUrl").asText()).isEqualTo("/api/photos/" + id + "/thumbnail");
    }

    @Test
    void a_photo_and_its_thumbnail_are_served_as_jpeg_with_safe_headers() throws Exception {
        String url = uploaded(westInspector, WEST_PHOTOS, evidence()).get("url").asText();
        for (String path : new String[] {url, url + "/thumbnail"}) {
            HttpResponse<byte[]> r = westInspector.get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).contains("image/jpeg");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Cache-Control")).contains("private, max-age=86400");
            assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                    .matches("inline; filename=\"photo-[0-9a-f-]{36}(-thumbnail)?\\.jpg\"");
            assertThat(ImageIO.read(new ByteArrayInputStream(r.body()))).isNotNull();
            assertThat(TestImages.contains(r.body(), "Exif")).isFalse();
        }
        assertThat(westInspector.get(url).headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("inline; filename=\"photo-" + url.substring("/api/photos/".length()) + ".jpg\"");
    }

    @Test
    void a_building_lists_its_photos_with_links_and_sanitised_names() throws Exception {
        String id = PhotoHttp.json(eastInspector.upload(EAST_PHOTOS, "file", "../../" + "x".repeat(296) + ".jpg",
                "image/jpeg", TestImages.jpeg(64, 48))).get("id").asText();
        JsonNode list = PhotoHttp.json(eastInspector.get(EAST_PHOTOS));
        assertThat(list.get("buildingId").asText()).isEqualTo(EAST_BUILDING.toString());
        JsonNode mine = null;
        for (JsonNode p : list.get("photos")) {
            assertThat(p.get("thumbnailUrl").asText()).endsWith("/thumbnail");
            if (p.get("id").asText().equals(id)) {
                mine = p;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("originalName").asText()).isEqualTo("x".repeat(100));
    }

    @Test
    void a_polyglot_upload_is_stored_without_its_html() throws Exception {
        byte[] polyglot = TestImages.concat(TestImages.withSegment(TestImages.jpeg(64, 48),
                TestImages.comment("<script>alert(1)</script>")), "<html><script>x()</script>".getBytes(StandardCharsets.UTF_8));
        String url = uploaded(westInspector, WEST_PHOTOS, polyglot).get("url").asText();
        byte[] served = westInspector.get(url).body();
        assertThat(TestImages.contains(served, "<script")).isFalse();
        assertThat(TestImages.contains(served, "<html")).isFalse();
    }

    @Test
    void someone_outside_the_buildings_street_gets_not_found_for_it_and_its_photos() throws Exception {
        String url = uploaded(westInspector, WEST_PHOTOS, evidence()).get("url").asText();
        HttpResponse<byte[]> unknown = eastInspector.get("/api/photos/" + UUID.randomUUID());
        for (HttpResponse<byte[]> r : java.util.List.of(eastInspector.get(url), eastInspector.get(url + "/thumbnail"),
                eastInspector.get(WEST_PHOTOS),
                eastInspector.upload(WEST_PHOTOS, "file", "a.jpg", "image/jpeg", evidence()))) {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(PhotoHttp.json(r).get("title")).isEqualTo(PhotoHttp.json(unknown).get("title"));
        }
    }

    @Test
    void a_planner_may_look_but_not_upload_and_an_appraiser_may_upload() throws Exception {
        PhotoHttp planner = app.as("planner", Role.PLANNER, Scope.ALL);
        PhotoHttp appraiser = app.as("appraiser", Role.APPRAISER, Scope.of(Set.of(WEST)));
        assertThat(planner.upload(WEST_PHOTOS, "file", "a.jpg", "image/jpeg", evidence()).statusCode()).isEqualTo(403);
        String url = uploaded(appraiser, WEST_PHOTOS, evidence()).get("url").asText();
        assertThat(planner.get(url).statusCode()).isEqualTo(200);
        assertThat(app.anonymous().get(url).statusCode()).isEqualTo(401);
    }

    @Test
    void bad_uploads_get_the_right_refusal_and_store_nothing() throws Exception {
        int before = photoCount();
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
        byte[] jpeg = TestImages.jpeg(400, 300);
        expect(415, westInspector.upload(WEST_PHOTOS, "file", "evil.jpg", "image/jpeg", svg.getBytes(StandardCharsets.UTF_8)));
        expect(415, westInspector.upload(WEST_PHOTOS, "file", "a.gif", "image/gif", TestImages.gif(8, 8)));
        expect(415, westInspector.send("POST", WEST_PHOTOS, "image/jpeg", HttpRequest.BodyPublishers.ofByteArray(jpeg)));
        expect(415, westInspector.send("POST", WEST_PHOTOS, "application/json", HttpRequest.BodyPublishers.ofString("{}")));
        expect(422, westInspector.upload(WEST_PHOTOS, "photo", "a.jpg", "image/jpeg", jpeg));
        expect(422, westInspector.upload(WEST_PHOTOS, "file", "bomb.png", "image/png", TestImages.pngDeclaring(50_000, 50_000)));
        expect(422, westInspector.upload(WEST_PHOTOS, "file", "half.jpg", "image/jpeg",
                java.util.Arrays.copyOf(jpeg, jpeg.length / 2)));
        expect(400, westInspector.upload("/api/buildings/not-a-uuid/photos", "file", "a.jpg", "image/jpeg", jpeg));
        expect(404, westInspector.upload("/api/buildings/" + UUID.randomUUID() + "/photos", "file", "a.jpg",
                "image/jpeg", jpeg));
        expect(400, westInspector.send("POST", WEST_PHOTOS, "multipart/form-data; boundary=xyz",
                HttpRequest.BodyPublishers.ofString("--xyz\r\ngarbage without headers")));
        assertThat(photoCount()).isEqualTo(before);
    }

    @Test
    void a_phone_photo_of_several_megabytes_is_accepted() throws Exception {
        java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(3000, 2000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] photo = TestImages.write(noise, "jpg");
        assertThat(photo.length).as("larger than the 2 MiB JSON body limit").isGreaterThan(2 * 1024 * 1024);
        JsonNode p = uploaded(westInspector, WEST_PHOTOS, photo);
        assertThat(p.get("width").asInt()).isEqualTo(3000);
    }

    @Test
    void more_than_ten_megabytes_is_refused_as_too_large_and_stores_nothing() throws Exception {
        int before = photoCount();
        byte[] justOver = TestImages.concat(TestImages.jpeg(64, 48), new byte[PhotoIntake.MAX_BYTES]);
        expect(413, westInspector.upload(WEST_PHOTOS, "file", "big.jpg", "image/jpeg", justOver));
        byte[] wayOver = new byte[PhotoIntake.MAX_BYTES + 3 * 1024 * 1024];
        expect(413, westInspector.upload(WEST_PHOTOS, "file", "huge.jpg", "image/jpeg", wayOver));
        String boundary = "b0undary";
        byte[] chunked = PhotoHttp.multipart(boundary, "file", "huge.jpg", "image/jpeg", wayOver);
        expect(413, westInspector.send("POST", WEST_PHOTOS, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))));
        assertThat(photoCount()).isEqualTo(before);
    }

    @Test
    void bad_photo_ids_are_refused_or_not_found() throws Exception {
        expect(400, westInspector.get("/api/photos/..%2F..%2Fetc"));
        expect(404, westInspector.get("/api/photos/" + UUID.randomUUID()));
        expect(404, westInspector.get("/api/photos/" + UUID.randomUUID() + "/thumbnail"));
    }

    private static void expect(int status, HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private int photoCount() {
        return new Jdbc(db).one("SELECT COUNT(*) FROM photo", rs -> rs.getInt(1)).orElseThrow();
    }
}
