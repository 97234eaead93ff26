package org.housesafe.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging through {@code /ogc/collections/buildings/items} on the backend a subclass opens: every
 * feature exactly once forwards by {@code next} and back by {@code prev}, while another thread
 * creates buildings; and GDAL's OAPIF driver reads exactly the buildings the database counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OgcPagingContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COUNT = 300;

    TestApp app;
    Database db;
    String token;

    /** A freshly migrated, empty database of the backend under test. */
    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        db = openDatabase();
        app = StoreFixture.app(db, COUNT);
        token = app.token(app.user("ogc-planner", Role.PLANNER, Scope.ALL));
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
    }

    private JsonNode get(String href) throws Exception {
        HttpResponse<String> r = app.get(href.startsWith("http") ? href.substring(app.base().length()) : href);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String link(JsonNode page, String rel) {
        for (JsonNode l : page.get("links")) {
            if (l.get("rel").asText().equals(rel)) {
                return l.get("href").asText();
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("features").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    @Test
    void next_then_prev_give_every_feature_exactly_once_while_buildings_are_created() throws Exception {
        Set<String> before = new HashSet<>();
        StoreFixture.buildings(0, COUNT).forEach(r -> before.add(r.building().id().toString()));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger created = new AtomicInteger();
        Thread writer = new Thread(() -> {
            // ids are random: the new buildings land before, inside and after the pages already read
            for (int i = 100_000; writing.get() && i < 100_000 + COUNT; i++) {
                app.services.buildings().store().insertAll(StoreFixture.buildings(i, i + 1));
                created.incrementAndGet();
            }
        });
        writer.start();
        try {
            List<String> forward = new ArrayList<>();
            JsonNode page = get("/ogc/collections/buildings/items?limit=7");
            forward.addAll(ids(page));
            while (link(page, "next") != null) {
                page = get(link(page, "next"));
                forward.addAll(ids(page));
            }
            assertThat(forward).doesNotHaveDuplicates().containsAll(before).isSorted();
            List<String> backward = new ArrayList<>(ids(page));
            while (link(page, "prev") != null) {
                page = get(link(page, "prev"));
                backward.addAll(0, ids(page));
            }
            assertThat(backward).doesNotHaveDuplicates().containsAll(before).isSorted();
        } finally {
            writing.set(false);
            writer.join();
        }
        assertThat(created.get()).as("buildings created while paging").isPositive();
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1000, 77, 10_000})
    void gdal_reads_exactly_the_buildings_the_database_counts(int pageSize, @TempDir Path dir) throws Exception {
        OgrOapif.require();
        long expected = app.services.buildings().store().count(BuildingFilter.ALL);
        JsonNode copy = JSON.readTree(Files.readString(OgrOapif.copy(app.base(), token, "buildings", pageSize, dir)));
        List<String> ids = new ArrayList<>();
        copy.get("features").forEach(f -> ids.add(f.get("properties").has("id")
                ? f.get("properties").get("id").asText() : f.get("id").asText()));
        assertThat(ids).hasSize((int) expected).doesNotHaveDuplicates();
    }

    @Test
    void gdal_sends_an_attribute_filter_to_the_server_as_a_queryable_and_gets_exactly_the_matching_buildings(
            @TempDir Path dir) throws Exception {
        OgrOapif.require();
        long expected = new org.housesafe.platform.db.Jdbc(db).one(
                "SELECT COUNT(*) FROM building WHERE status = 'closed'", rs -> rs.getLong(1)).orElseThrow();
        assertThat(expected).isBetween(5L, COUNT / 5L);
        java.util.concurrent.atomic.AtomicInteger itemPages = new java.util.concurrent.atomic.AtomicInteger();
        app.onRequest(path -> {
            if (path.equals("/ogc/collections/buildings/items")) {
                itemPages.incrementAndGet();
            }
        });
        JsonNode copy = JSON.readTree(Files.readString(OgrOapif.copy(app.base(), token, "buildings", 10, dir,
                "-where", "status = 'closed'")));
        assertThat(copy.get("features")).hasSize((int) expected)
                .allSatisfy(f -> assertThat(f.get("properties").get("status").asText()).isEqualTo("closed"));
        // Filtered on the client, GDAL would have read all 300 buildings, 10 a page.
        assertThat(itemPages.get()).as("item pages GDAL asked for").isLessThanOrEqualTo((int) (expected / 10) + 3);
    }

    @Test
    void gdal_reads_them_in_cgcs2000(@TempDir Path dir) throws Exception {
        OgrOapif.require();
        long expected = app.services.buildings().store().count(BuildingFilter.ALL);
        Path file = OgrOapif.copy(app.base(), token, "buildings", 500, dir, "-t_srs", "EPSG:4490");
        JsonNode copy = JSON.readTree(Files.readString(file));
        assertThat(copy.get("features")).hasSize((int) expected);
        assertThat(copy.get("crs").get("properties").get("name").asText()).contains("4490");
    }
}
