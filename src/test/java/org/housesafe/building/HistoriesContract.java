package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/events}: the histories of a street's buildings in pages, for offline copies.
 * Every event of the caller's streets comes exactly once across the pages, shaped as the record's
 * own history (owners masked alike), and nothing of another street does.
 */
abstract class HistoriesContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fixture buildings 0 to 11: even ones in the west street, odd ones in the east, three events each. */
    private static final int BUILDINGS = 12;

    Database db;
    TestApp app;
    TestClient west;

    abstract Database openDatabase();

    @BeforeEach
    void start() {
        db = openDatabase();
        app = StoreFixture.app(db, BUILDINGS);
        west = app.client(app.token(app.user("west", Role.INSPECTOR, Scope.of(Set.of(StoreFixture.WEST)))));
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String nextHref(JsonNode page) {
        for (JsonNode link : page.get("links")) {
            if ("next".equals(link.get("rel").asText())) {
                return link.get("href").asText();
            }
        }
        return null;
    }

    /** Every event the pages from {@code href} on list, in the order sent; counts the pages in {@code pages}. */
    private static List<JsonNode> all(TestClient who, String href, int[] pages) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        while (href != null) {
            JsonNode page = ok(who.get(href));
            page.get("events").forEach(events::add);
            assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("events").size());
            assertThat(++pages[0]).as("pages (a repeated cursor would loop)").isLessThan(100);
            href = nextHref(page);
        }
        return events;
    }

    /** Each building's events as {@code GET /api/buildings/{id}/events} sends them, building id added. */
    private static Map<String, List<JsonNode>> byRecord(TestClient who, List<UUID> ids) throws Exception {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (UUID id : ids) {
            List<JsonNode> events = new ArrayList<>();
            for (JsonNode e : ok(who.get("/api/buildings/" + id + "/events")).get("events")) {
                ObjectNode withId = JSON.createObjectNode().put("buildingId", id.toString());
                withId.setAll((ObjectNode) e);
                events.add(withId);
            }
            out.put(id.toString(), events);
        }
        return out;
    }

    private static Map<String, List<JsonNode>> grouped(List<JsonNode> events) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (JsonNode e : events) {
            out.computeIfAbsent(e.get("buildingId").asText(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static List<UUID> fixtureIds(int parity) {
        List<UUID> ids = new ArrayList<>();
        for (int i = parity; i < BUILDINGS; i += 2) {
            ids.add(StoreFixture.building(i).building().id());
        }
        return ids;
    }

    private HttpResponse<String> patch(UUID id, String version, String body) throws Exception {
        HttpResponse<String> r = app.district.header("If-Match", "\"" + version + "\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .send("PATCH", "/api/buildings/" + id, "application/merge-patch+json",
                        HttpRequest.BodyPublishers.ofString(body));
        app.district.header("If-Match", null).header("Idempotency-Key", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    @Test
    void every_event_of_the_street_comes_once_across_pages_as_each_record_history_has_it() throws Exception {
        int[] pages = {0};
        List<JsonNode> events = all(west, "/api/events?street=" + StoreFixture.WEST + "&limit=4", pages);
        assertThat(events).hasSize(BUILDINGS / 2 * 3);
        assertThat(pages[0]).isEqualTo(5);   // 18 events, 4 a page
        Set<String> keys = new HashSet<>();
        events.forEach(e -> assertThat(keys.add(e.get("buildingId").asText() + "#" + e.get("seq").asInt()))
                .as("sent once: " + e).isTrue());
        Map<String, List<JsonNode>> grouped = grouped(events);
        assertThat(grouped).as("each building's events together, oldest first, the same as its record's history")
                .isEqualTo(byRecord(west, fixtureIds(0)));
    }

    @Test
    void without_a_street_the_callers_streets_are_listed_and_no_other() throws Exception {
        Set<String> buildings = grouped(all(west, "/api/events", new int[1])).keySet();
        assertThat(buildings).containsExactlyInAnyOrderElementsOf(fixtureIds(0).stream().map(UUID::toString).toList());
        Set<String> everything = grouped(all(app.district, "/api/events?limit=5000", new int[1])).keySet();
        assertThat(everything).hasSize(BUILDINGS);
    }

    @Test
    void a_street_outside_the_callers_scope_is_a_403_problem() throws Exception {
        HttpResponse<String> r = west.get("/api/events?street=" + StoreFixture.EAST);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("\"events\"");
    }

    @Test
    void events_written_while_paging_after_the_cursor_are_listed_and_none_twice() throws Exception {
        JsonNode first = ok(west.get("/api/events?street=" + StoreFixture.WEST + "&limit=4"));
        // 3 events a building: the first page holds building A whole and the first event of B.
        UUID passed = UUID.fromString(first.at("/events/0/buildingId").asText());
        UUID inside = UUID.fromString(first.at("/events/3/buildingId").asText());
        UUID ahead = fixtureIds(0).stream().filter(id -> !first.toString().contains(id.toString())).findFirst()
                .orElseThrow();
        for (UUID id : List.of(passed, inside, ahead)) {
            patch(id, "1", "{\"properties\":{\"basic\":{\"address\":\"新地址1号\"}}}");
        }
        List<JsonNode> events = new ArrayList<>();
        first.get("events").forEach(events::add);
        events.addAll(all(west, nextHref(first), new int[1]));
        Map<String, List<JsonNode>> expected = byRecord(west, fixtureIds(0));
        // Behind the cursor: seen by the next sync. At or ahead of it: in this one.
        expected.computeIfPresent(passed.toString(), (k, history) -> history.subList(0, 3));
        assertThat(expected.get(inside.toString())).hasSize(4);
        assertThat(grouped(events)).isEqualTo(expected);
        assertThat(events).hasSize(BUILDINGS / 2 * 3 + 2);
    }

    @Test
    void owners_are_masked_for_an_appraiser_as_in_the_records_history() throws Exception {
        UUID id = fixtureIds(0).get(1);
        patch(id, "1", "{\"properties\":{\"basic\":{\"ownerName\":\"张三明\",\"ownerPhone\":\"13812345678\"}}}");
        TestClient appraiser = app.client(app.token(app.user("appraiser", Role.APPRAISER,
                Scope.of(Set.of(StoreFixture.WEST)))));
        List<JsonNode> history = grouped(all(appraiser, "/api/events", new int[1])).get(id.toString());
        assertThat(history).isEqualTo(byRecord(appraiser, List.of(id)).get(id.toString()));
        String edit = history.get(history.size() - 1).toString();
        assertThat(edit).contains("张*明").contains("138****5678").doesNotContain("张三明").doesNotContain("13812345678");
        assertThat(grouped(all(app.district, "/api/events", new int[1])).get(id.toString()).toString())
                .as("not masked for the district").contains("张三明");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "after=abc|after", "after=00000000-0000-4000-8000-00000000000a|after",
            "after=00000000-0000-4000-8000-00000000000a.x|after", "after=zzzzzzzz-0000-4000-8000-00000000000a.1|after",
            "limit=0|limit", "limit=5001|limit", "limit=abc|limit", "limit=1&limit=2|limit",
            "street=12|street", "colour=red|colour"})
    void a_bad_parameter_is_a_400_problem_naming_it(String query, String field) throws Exception {
        HttpResponse<String> r = west.get("/api/events?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(r.body()).at("/errors/0/field").asText()).isEqualTo(field);
    }
}
