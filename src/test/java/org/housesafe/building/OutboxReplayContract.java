package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.lifecycle.Event;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.Wkb;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * An inspector's outbox replayed after others changed the same buildings (issue 14 point 9): 200
 * writes prepared offline on 200 buildings of one street, each with the ETag the inspector had
 * read and its own Idempotency-Key (50 surveys, 50 address edits, 50 footprint edits, 50 floor
 * edits); meanwhile other users change 30 of those buildings (10 footprint-only edits, 10 address
 * edits, 10 control measures). Replayed in order: exactly the 170 untouched buildings take the
 * inspector's write, the 30 answer 412 with the building as it is now, no change of the others is
 * overwritten, and a second replay of the same 200 requests changes nothing.
 */
abstract class OutboxReplayContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUILDINGS = 200;
    private static final int CONCURRENT = 30;

    abstract Database openDatabase() throws Exception;

    /** One write waiting in the outbox. */
    private record Item(UUID building, String etag, UUID key, String method, String path, String body) {
    }

    /** What the other user did to a building, to find it intact afterwards. */
    private enum Other { FOOTPRINT, ADDRESS, CONTROL_MEASURE }

    @Test
    void two_hundred_offline_writes_after_thirty_concurrent_changes_apply_170_and_flag_30_overwriting_none()
            throws Exception {
        try (Database db = openDatabase(); TestApp app = StoreFixture.app(db, 0)) {
            TestClient inspector = app.client(app.token(app.user("outbox-inspector", Role.INSPECTOR,
                    Scope.of(Set.of(StoreFixture.WEST)))));
            TestClient office = app.client(app.token(app.user("outbox-office", Role.STREET_OFFICE,
                    Scope.of(Set.of(StoreFixture.WEST)))));
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < BUILDINGS; i++) {
                ids.add(create(app.district, i));
            }
            List<Item> outbox = new ArrayList<>();
            for (int i = 0; i < BUILDINGS; i++) {
                outbox.add(offlineWrite(i, ids.get(i), etag(inspector, ids.get(i))));
            }
            Map<UUID, Other> others = new HashMap<>();
            for (int k = 0; k < CONCURRENT; k++) {
                int i = k * 6 + k % 4;   // every kind of the inspector's writes meets every kind of theirs
                Other what = Other.values()[k % 3];
                others.put(ids.get(i), what);
                HttpResponse<String> r = otherChange(office, ids.get(i), i, what);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            Map<UUID, Integer> versions = new HashMap<>();
            Map<UUID, Integer> histories = new HashMap<>();
            for (UUID id : ids) {
                versions.put(id, app.services.buildings().get(id, Scope.ALL).version());
                histories.put(id, app.services.buildings().history(id, Scope.ALL).size());
            }

            Map<UUID, HttpResponse<String>> first = new HashMap<>();
            for (Item item : outbox) {
                first.put(item.building(), send(inspector, item));
            }
            int applied = 0;
            int stale = 0;
            for (Item item : outbox) {
                HttpResponse<String> r = first.get(item.building());
                boolean changedByOther = others.containsKey(item.building());
                assertThat(r.statusCode()).as(item.method() + " " + item.path() + " " + r.body())
                        .isEqualTo(changedByOther ? 412 : 200);
                if (changedByOther) {
                    stale++;
                    JsonNode problem = JSON.readTree(r.body());
                    assertThat(problem.get("currentETag").asText()).isEqualTo("\"" + versions.get(item.building()) + "\"");
                    assertThat(problem.get("current").get("id").asText()).isEqualTo(item.building().toString());
                } else {
                    applied++;
                }
            }
            assertThat(applied).isEqualTo(BUILDINGS - CONCURRENT);
            assertThat(stale).isEqualTo(CONCURRENT);

            for (int i = 0; i < BUILDINGS; i++) {
                UUID id = ids.get(i);
                Building b = app.services.buildings().get(id, Scope.ALL);
                List<Event> history = app.services.buildings().history(id, Scope.ALL);
                List<Event> added = history.subList(histories.get(id), history.size());
                if (others.containsKey(id)) {
                    assertThat(b.version()).as("building %d kept the other user's version", i).isEqualTo(versions.get(id));
                    assertThat(added).as("building %d: nothing of the inspector's", i).isEmpty();
                    assertOthersChange(b, history, i, others.get(id));
                } else {
                    assertThat(b.version()).as("building %d: one more version", i).isEqualTo(versions.get(id) + 1);
                    assertThat(added).as("building %d: one event of the inspector's", i).singleElement()
                            .satisfies(e -> assertThat(e.actor()).isEqualTo("outbox-inspector"));
                    assertInspectorsChange(b, i);
                }
            }

            for (Item item : outbox) {
                HttpResponse<String> again = send(inspector, item);
                HttpResponse<String> before = first.get(item.building());
                assertThat(again.statusCode()).as(item.path()).isEqualTo(before.statusCode());
                if (before.statusCode() == 200) {
                    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
                    assertThat(again.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
                    assertThat(again.body()).isEqualTo(before.body());
                }
            }
            for (UUID id : ids) {
                int expected = versions.get(id) + (others.containsKey(id) ? 0 : 1);
                assertThat(app.services.buildings().get(id, Scope.ALL).version()).isEqualTo(expected);
                assertThat(app.services.buildings().history(id, Scope.ALL)).hasSize(
                        histories.get(id) + (others.containsKey(id) ? 0 : 1));
            }
        }
    }

    private static UUID create(TestClient district, int i) throws Exception {
        String feature = "{\"type\":\"Feature\",\"geometry\":" + square(i, 0) + ",\"properties\":{\"basic\":"
                + "{\"houseCode\":\"OUTBOX-" + i + "\",\"address\":\"华兴街道" + i + "号\",\"floorsAbove\":2}}}";
        HttpResponse<String> r = district.header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", null)
                .post("/api/buildings", "application/json", feature);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(r.body()).get("id").asText());
    }

    /** A square of about 10 m for building {@code i} in 西北社区, moved {@code shift} × 2 m east. */
    private static String square(int i, int shift) {
        double lon = west(i, shift);
        double lat = south(i);
        double d = SIDE;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + d) + "," + lat + "],["
                + (lon + d) + "," + (lat + d) + "],[" + lon + "," + (lat + d) + "],[" + lon + "," + lat + "]]]}";
    }

    private static String etag(TestClient who, UUID id) throws Exception {
        HttpResponse<String> r = who.header("If-Match", null).header("Idempotency-Key", null).get("/api/buildings/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.headers().firstValue("ETag").orElseThrow();
    }

    /** The inspector's write on building {@code i}, prepared against the ETag then read. */
    private static Item offlineWrite(int i, UUID id, String etag) {
        String path = "/api/buildings/" + id;
        return switch (i % 4) {
            case 0 -> new Item(id, etag, UUID.randomUUID(), "POST", path + "/events",
                    "{\"action\":\"survey\",\"payload\":{\"judgement\":\"none\"}}");
            case 1 -> new Item(id, etag, UUID.randomUUID(), "PATCH", path,
                    "{\"properties\":{\"basic\":{\"address\":\"排查员改" + i + "号\"}}}");
            case 2 -> new Item(id, etag, UUID.randomUUID(), "PATCH", path, "{\"geometry\":" + square(i, 1) + "}");
            default -> new Item(id, etag, UUID.randomUUID(), "PATCH", path,
                    "{\"properties\":{\"basic\":{\"floorsAbove\":" + (3 + i % 5) + "}}}");
        };
    }

    private static HttpResponse<String> otherChange(TestClient office, UUID id, int i, Other what) throws Exception {
        String path = "/api/buildings/" + id;
        office.header("If-Match", etag(office, id)).header("Idempotency-Key", UUID.randomUUID().toString());
        return switch (what) {
            case FOOTPRINT -> office.patch(path, "{\"geometry\":" + square(i, -1) + "}");
            case ADDRESS -> office.patch(path, "{\"properties\":{\"basic\":{\"address\":\"街道改" + i + "号\"}}}");
            case CONTROL_MEASURE -> office.send("POST", path + "/events", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"action\":\"control_measure\",\"payload\":{\"measures\":[\"cordon\"]}}"));
        };
    }

    private static HttpResponse<String> send(TestClient inspector, Item item) throws Exception {
        inspector.header("If-Match", item.etag()).header("Idempotency-Key", item.key().toString());
        return inspector.send(item.method(), item.path(), "application/json",
                HttpRequest.BodyPublishers.ofString(item.body()));
    }

    private static void assertOthersChange(Building b, List<Event> history, int i, Other what) {
        switch (what) {
            case FOOTPRINT -> assertThat(isSquare(b, i, -1)).as("footprint").isTrue();
            case ADDRESS -> assertThat(b.address()).isEqualTo("街道改" + i + "号");
            case CONTROL_MEASURE -> assertThat(history.get(history.size() - 1).type()).isEqualTo("control_measure");
        }
        assertThat(b.address()).doesNotStartWith("排查员改");
        assertThat(b.floorsAbove()).isEqualTo(2);
        assertThat(b.status().code()).isEqualTo("unsurveyed");
    }

    private static void assertInspectorsChange(Building b, int i) {
        switch (i % 4) {
            case 0 -> assertThat(b.status().code()).isEqualTo("surveyed");
            case 1 -> assertThat(b.address()).isEqualTo("排查员改" + i + "号");
            case 2 -> assertThat(isSquare(b, i, 1)).as("footprint").isTrue();
            default -> assertThat(b.floorsAbove()).isEqualTo(3 + i % 5);
        }
    }

    private static final double SIDE = 0.0001;

    private static double west(int i, int shift) {
        return 112.51 + (i % 20) * 0.002 + shift * 0.00002;
    }

    private static double south(int i) {
        return 26.91 + (i / 20) * 0.002;
    }

    /** The footprint {@link #square} writes as GeoJSON. */
    private static boolean isSquare(Building b, int i, int shift) {
        Envelope e = new Envelope(west(i, shift), west(i, shift) + SIDE, south(i), south(i) + SIDE);
        return b.footprint().equalsTopo(Wkb.FACTORY.toGeometry(e));
    }
}
