package org.housesafe.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestClock;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/changes}: what open maps poll to show other users' edits within seconds. Over
 * HTTP with the app's own feed, and with a feed on a test clock where time must be controlled.
 */
abstract class ChangeFeedContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final UUID WEST_ID = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID EAST_ID = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    Database db;
    TestApp app;

    abstract Database openDatabase();

    @BeforeEach
    void start() throws Exception {
        db = openDatabase();
        app = new TestApp(db);
        app.services.units().insertAll(StoreFixture.units());
        create(WEST_ID, 112.55, 26.95);
        create(EAST_ID, 112.65, 26.95);
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private void create(UUID id, double lon, double lat) throws Exception {
        String square = String.format(Locale.ROOT, "[[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]]",
                lon, lat, lon + 0.0001, lat + 0.0001);
        app.district.header("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> r = app.district.post("/api/buildings", "application/geo+json", "{\"type\":\"Feature\",\"id\":\""
                + id + "\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + square + "},\"properties\":{\"basic\":"
                + "{\"houseCode\":\"CF-" + id.toString().substring(34) + "\",\"address\":\"变更路1号\"}}}");
        app.district.header("Idempotency-Key", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private JsonNode changes(TestClient client, String cursor) throws Exception {
        HttpResponse<String> r = client.get("/api/changes" + (cursor == null ? "" : "?after=" + cursor));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        return JSON.readTree(r.body());
    }

    private void patch(UUID id, String version, String body) throws Exception {
        HttpResponse<String> r = app.district.header("If-Match", "\"" + version + "\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .send("PATCH", "/api/buildings/" + id, "application/merge-patch+json", HttpRequest.BodyPublishers.ofString(body));
        app.district.header("If-Match", null).header("Idempotency-Key", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static JsonNode find(JsonNode page, UUID id) {
        for (JsonNode c : page.get("changes")) {
            if (c.get("id").asText().equals(id.toString())) {
                return c;
            }
        }
        return null;
    }

    @Test
    void a_map_that_just_opened_gets_a_cursor_and_no_changes() throws Exception {
        JsonNode page = changes(app.district, null);
        assertThat(page.get("cursor").asText()).matches("\\d+");
        assertThat(page.get("changes")).isEmpty();
        assertThat(page.get("reload").asBoolean()).isFalse();
    }

    @Test
    void an_edit_is_listed_with_the_new_version_and_the_footprint_box() throws Exception {
        String cursor = changes(app.district, null).get("cursor").asText();
        patch(WEST_ID, "1", "{\"properties\":{\"basic\":{\"address\":\"变更路2号\"}}}");
        JsonNode change = find(changes(app.district, cursor), WEST_ID);
        assertThat(change).as("the edited building is listed").isNotNull();
        assertThat(change.get("version").asInt()).isEqualTo(2);
        assertThat(change.get("bbox")).extracting(JsonNode::asDouble).containsExactly(112.55, 26.95, 112.5501, 26.9501);
    }

    @Test
    void a_caller_sees_only_the_changes_of_its_streets() throws Exception {
        TestClient west = app.client(app.token(app.user("west", Role.INSPECTOR, Scope.of(Set.of(StoreFixture.WEST)))));
        String cursor = changes(west, null).get("cursor").asText();
        patch(WEST_ID, "1", "{\"properties\":{\"basic\":{\"address\":\"西1号\"}}}");
        patch(EAST_ID, "1", "{\"properties\":{\"basic\":{\"address\":\"东1号\"}}}");
        JsonNode page = changes(west, cursor);
        assertThat(find(page, WEST_ID)).isNotNull();
        assertThat(find(page, EAST_ID)).as("a building of another street").isNull();
        assertThat(find(changes(app.district, cursor), EAST_ID)).as("seen by a district user").isNotNull();
    }

    @Test
    void a_moved_footprint_lists_a_box_holding_its_old_and_new_place() throws Exception {
        String cursor = changes(app.district, null).get("cursor").asText();
        patch(WEST_ID, "1", "{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[112.552,26.952],[112.5521,26.952],[112.5521,26.9521],[112.552,26.9521],[112.552,26.952]]]}}");
        JsonNode change = find(changes(app.district, cursor), WEST_ID);
        assertThat(change.get("bbox")).extracting(JsonNode::asDouble).containsExactly(112.55, 26.95, 112.5521, 26.9521);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "", "12345678901234567", "1e9"})
    void a_cursor_the_server_did_not_write_is_a_400_problem(String cursor) throws Exception {
        HttpResponse<String> r = app.get("/api/changes?after=" + java.net.URLEncoder.encode(cursor, "UTF-8"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(r.body()).at("/errors/0/field").asText()).isEqualTo("after");
    }

    /** Records an event of {@code id} at {@code at} on {@code c}, as a write does before it commits. */
    private void record(Connection c, UUID id, Instant at) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO building_event (building_id, seq, type, occurred_at,"
                + " recorded_at, actor, role, payload, hash) SELECT ?, MAX(seq) + 1, 'edit', ?, ?, 'test', 'district', "
                + db.dialect().jsonParam() + ", 'test' FROM building_event WHERE building_id = ?")) {
            OffsetDateTime t = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            ps.setObject(1, id);
            ps.setObject(2, t);
            ps.setObject(3, t);
            ps.setString(4, "{\"changes\":[]}");
            ps.setObject(5, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE building SET version = version + 1 WHERE id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }

    private static List<UUID> ids(ChangeFeed.Page page) {
        return page.changes().stream().map(Change::id).toList();
    }

    // The tests below run the feed on a clock an hour ahead, past the buildings' creation events.

    @Test
    void writes_that_commit_out_of_order_are_both_seen() throws Exception {
        TestClock clock = new TestClock(Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS));
        ChangeFeed feed = new ChangeFeed(db, clock, ChangeFeed.LIMIT);
        Instant t = clock.instant();
        Cursor start = Cursor.parse(feed.since(null, Scope.ALL).cursor());
        List<UUID> seen = new ArrayList<>();
        try (Connection slow = db.connection(); Connection fast = db.connection()) {
            slow.setAutoCommit(false);
            record(slow, WEST_ID, t.plusSeconds(1));     // recorded first, commits last
            record(fast, EAST_ID, t.plusSeconds(2));     // autocommit: committed at once
            clock.set(t.plusSeconds(3));
            ChangeFeed.Page first = feed.since(start, Scope.ALL);
            seen.addAll(ids(first));
            assertThat(seen).containsExactly(EAST_ID);
            slow.commit();
            clock.set(t.plusSeconds(6));
            seen.addAll(ids(feed.since(Cursor.parse(first.cursor()), Scope.ALL)));
        }
        assertThat(seen).contains(WEST_ID, EAST_ID);
    }

    @Test
    void a_change_is_listed_again_only_within_the_overlap() throws Exception {
        TestClock clock = new TestClock(Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS));
        ChangeFeed feed = new ChangeFeed(db, clock, ChangeFeed.LIMIT);
        Instant t = clock.instant();
        try (Connection c = db.connection()) {
            record(c, WEST_ID, t.plusSeconds(1));
        }
        clock.set(t.plusSeconds(2));
        ChangeFeed.Page near = feed.since(new Cursor(t), Scope.ALL);
        assertThat(ids(near)).containsExactly(WEST_ID);
        assertThat(near.changes().get(0).version()).isEqualTo(2);
        clock.set(t.plusSeconds(1).plus(ChangeFeed.OVERLAP));
        ChangeFeed.Page again = feed.since(Cursor.parse(near.cursor()), Scope.ALL);
        assertThat(ids(again)).as("listed while the cursor is within the overlap of it").containsExactly(WEST_ID);
        clock.set(clock.instant().plusSeconds(3));
        assertThat(ids(feed.since(Cursor.parse(again.cursor()), Scope.ALL))).isEmpty();
    }

    @Test
    void too_many_changes_an_import_or_an_old_cursor_ask_for_a_reload() throws Exception {
        TestClock clock = new TestClock(Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS));
        ChangeFeed feed = new ChangeFeed(db, clock, 1);
        Instant t = clock.instant();
        try (Connection c = db.connection()) {
            record(c, WEST_ID, t.plusSeconds(1));
            clock.set(t.plusSeconds(2));
            assertThat(feed.since(new Cursor(t), Scope.ALL).reload()).as("one change fits").isFalse();
            record(c, EAST_ID, t.plusSeconds(2));
        }
        ChangeFeed.Page many = feed.since(new Cursor(t), Scope.ALL);
        assertThat(many.reload()).as("two changes do not").isTrue();
        assertThat(many.changes()).isEmpty();
        assertThat(feed.since(new Cursor(t.minus(ChangeFeed.MAX_AGE)), Scope.ALL).reload()).as("an old cursor").isTrue();

        ChangeFeed roomy = new ChangeFeed(db, clock, ChangeFeed.LIMIT);
        Cursor now = new Cursor(clock.instant());
        assertThat(roomy.since(now, Scope.ALL).reload()).isFalse();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (id,"
                + " file_name, feature_count, actor, role, started_at, finished_at) VALUES (?, 'city.geojson', 100000,"
                + " 'import', 'system', ?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, OffsetDateTime.ofInstant(clock.instant().minusSeconds(60), ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(clock.instant().plusSeconds(1), ZoneOffset.UTC));
            ps.executeUpdate();
        }
        clock.set(clock.instant().plusSeconds(2));
        assertThat(roomy.since(now, Scope.ALL).reload()).as("a bulk import").isTrue();
    }
}
