package org.housesafe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service worker's version and precache list, and the caching headers of the app's files. */
class AppFilesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path web;

    private void write(String path, String text) throws IOException {
        Path file = web.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void minimalApp() throws IOException {
        write("index.html", "<link href=\"/webjars/leaflet/1.9.4/dist/leaflet.css\">");
        write("sw.js", "import './js/worker/worker.js';\n" + AppFiles.APP_LINE + "\n");
        write("js/map/app.js", "import * as L from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';");
    }

    @Test
    void lists_every_file_but_the_worker_plus_the_webjar_files_they_name() throws IOException {
        minimalApp();
        AppFiles app = AppFiles.of(web);
        assertThat(app.files()).containsExactly("/index.html", "/js/map/app.js",
                "/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js", "/webjars/leaflet/1.9.4/dist/leaflet.css");
        assertThat(app.version()).matches("[0-9a-f]{16}");
    }

    @Test
    void a_changed_file_changes_the_version_and_an_unchanged_app_keeps_it() throws IOException {
        minimalApp();
        String before = AppFiles.of(web).version();
        assertThat(AppFiles.of(web).version()).isEqualTo(before);
        write("js/map/app.js", "// changed");
        assertThat(AppFiles.of(web).version()).isNotEqualTo(before);
    }

    @Test
    void a_worker_without_its_app_line_stops_the_start() throws IOException {
        write("index.html", "");
        write("sw.js", "const APP = {};");
        assertThatThrownBy(() -> AppFiles.of(web)).isInstanceOf(IllegalStateException.class).hasMessageContaining("sw.js");
    }

    @Test
    void the_served_worker_carries_the_version_and_list_answers_304_when_unchanged_and_may_fetch_tiles()
            throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:appfiles-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
             TestApp app = new TestApp(db, Basemap.OSM)) {
            AppFiles real = AppFiles.fromClasspath();
            HttpResponse<String> worker = get(app.base() + "/sw.js", null);
            assertThat(worker.statusCode()).isEqualTo(200);
            assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
            assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(worker.body()).contains("version: '" + real.version() + "'", "'/index.html'", "'/js/map/app.js'",
                    "'/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js'", "'/manifest.webmanifest'", "'/icons/icon-192.png'")
                    .doesNotContain(AppFiles.APP_LINE);
            assertThat(worker.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    v -> assertThat(v).contains("connect-src 'self' https://tile.openstreetmap.org"));
            String etag = worker.headers().firstValue("ETag").orElseThrow();
            assertThat(get(app.base() + "/sw.js", etag).statusCode()).isEqualTo(304);

            assertThat(get(app.base() + "/webjars/leaflet/1.9.4/dist/leaflet.css", null).headers().firstValue("Cache-Control"))
                    .hasValue("public, max-age=31536000, immutable");
            assertThat(get(app.base() + "/js/map/app.js", null).headers().firstValue("Cache-Control")).hasValue("no-cache");
            HttpResponse<String> manifest = get(app.base() + "/manifest.webmanifest", null);
            assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/manifest+json"));
            assertThat(manifest.body()).contains("\"short_name\": \"房屋安全\"");
        }
    }

    private static HttpResponse<String> get(String url, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
