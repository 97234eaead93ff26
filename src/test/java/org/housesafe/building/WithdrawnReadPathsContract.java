package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A withdrawn building leaves every read path that lists, counts, maps or exports buildings, each
 * checked before and after the withdrawal of fixture building 4 (west street, some hazard: on the
 * ledger and on the map), and stays readable by its id with its whole history.
 */
abstract class WithdrawnReadPathsContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COUNT = 12;

    Database db;
    TestApp app;
    String id;

    abstract Database openDatabase();

    @BeforeEach
    void start() {
        db = openDatabase();
        app = StoreFixture.app(db, COUNT);
        id = StoreFixture.building(4).building().id().toString();
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private void withdraw() throws Exception {
        var r = app.district.header("If-Match", "\"1\"").header("Idempotency-Key", UUID.randomUUID().toString())
                .send("DELETE", "/ogc/collections/buildings/items/" + id, "application/json",
                        HttpRequest.BodyPublishers.ofString("{\"reason\":\"误登记\"}"));
        app.district.header("If-Match", null).header("Idempotency-Key", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    }

    private JsonNode read(String path) throws Exception {
        var r = app.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** {@code count} of {@code path} falls by one and the building's id leaves the answer. */
    private void dropsOne(String path, ToLongFunction<JsonNode> count) throws Exception {
        JsonNode before = read(path);
        assertThat(before.toString()).as("before, " + path).contains(id);
        withdraw();
        JsonNode after = read(path);
        assertThat(count.applyAsLong(after)).as(path).isEqualTo(count.applyAsLong(before) - 1);
        assertThat(after.toString()).as("after, " + path).doesNotContain(id);
    }

    /** A count that names no building: it falls by one. */
    private void countFalls(String path, ToLongFunction<JsonNode> count) throws Exception {
        long before = count.applyAsLong(read(path));
        withdraw();
        assertThat(count.applyAsLong(read(path))).as(path).isEqualTo(before - 1);
    }

    @Test
    void the_list_and_its_count() throws Exception {
        dropsOne("/api/buildings?limit=100", j -> j.path("numberMatched").asLong());
    }

    @Test
    void the_list_shows_it_when_asked_for_withdrawn_buildings_and_its_record_stays_readable() throws Exception {
        withdraw();
        JsonNode named = read("/api/buildings?status=withdrawn");
        assertThat(named.path("numberMatched").asLong()).isEqualTo(1);
        JsonNode record = read("/api/buildings/" + id);
        assertThat(record.path("properties").path("status").asText()).isEqualTo("withdrawn");
        assertThat(read("/api/buildings/" + id + "/events").path("events").findValuesAsText("type"))
                .startsWith("created").endsWith("withdrawal");
    }

    @Test
    void the_histories_of_offline_copies() throws Exception {
        dropsOne("/api/events?limit=1000", j -> j.path("events").findValuesAsText("buildingId").stream()
                .distinct().count());
    }

    @Test
    void the_summary_statistics() throws Exception {
        countFalls("/api/stats/summary?groupBy=street", j -> j.path("total").path("buildings").asLong());
    }

    @Test
    void the_statistics_of_today() throws Exception {
        countFalls("/api/stats?groupBy=street", j -> j.path("total").path("buildings").asLong());
    }

    @Test
    void the_statistics_of_a_past_day_replayed_from_the_history() throws Exception {
        countFalls("/api/stats?groupBy=street&asOf=2023-01-01", j -> j.path("total").path("buildings").asLong());
    }

    @Test
    void the_ledger() throws Exception {
        dropsOne("/api/ledger?limit=500", j -> j.path("numberMatched").asLong());
    }

    @Test
    void the_geojson_export() throws Exception {
        dropsOne("/api/export/buildings.geojson", j -> j.path("features").size());
    }

    @Test
    void the_vector_tile() throws Exception {
        String tile = "/tiles/buildings/17/" + tileX(112.5108, 17) + "/" + tileY(26.91005, 17) + ".mvt";
        assertThat(app.get(tile).body()).contains(id);
        withdraw();
        var after = app.get(tile);
        assertThat(after.statusCode()).isIn(200, 204);
        assertThat(after.body()).doesNotContain(id);
    }

    private static int tileX(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    private static int tileY(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }
}
