package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.Test;

/**
 * 50 writers × 20 read-modify-write cycles on one building: 35 writers add one to a counter
 * attribute by PATCH, 15 record control measures, each with the ETag it last read, re-reading
 * and retrying on 412. Every acknowledged write must be one version, one event and (for a PATCH)
 * one step of the counter; no two writes may be given the same ETag; nothing answers 5xx.
 * {@code -Dhousesafe.concurrency.repeats=N} repeats the round (the slow profile).
 */
abstract class ConcurrentWritesContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 50;
    private static final int PATCHERS = 35;
    private static final int CYCLES = 20;
    private static final int REPEATS = Integer.getInteger("housesafe.concurrency.repeats", 1);
    private static final List<String> MEASURES = List.of("stop_use", "stop_business", "cordon", "evacuate");

    abstract Database openDatabase() throws Exception;

    /** Where the PATCHes go: the app's API here, OGC API Features Part 4 in a subclass. */
    String patchPath(UUID id) {
        return "/api/buildings/" + id;
    }

    @Test
    void every_acknowledged_write_is_one_version_one_event_and_one_step_of_the_counter() throws Exception {
        try (Database db = openDatabase(); TestApp app = new TestApp(db)) {
            app.services.units().insertAll(StoreFixture.units());
            app.services.buildings().store().insertAll(StoreFixture.buildings(0, REPEATS));
            String token = app.token(app.user("office", Role.STREET_OFFICE,
                    Scope.of(Set.of(StoreFixture.WEST, StoreFixture.EAST))));
            for (int round = 0; round < REPEATS; round++) {
                UUID id = StoreFixture.building(round).building().id();
                round(app, token, id, patchPath(id));
            }
        }
    }

    private static void round(TestApp app, String token, UUID id, String patchPath) throws Exception {
        String path = "/api/buildings/" + id;
        JsonNode before = JSON.readTree(app.district.get(path).body());
        int events = app.services.buildings().history(id, Scope.ALL).size();
        Set<String> etags = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> unexpected = new ConcurrentHashMap<>();
        AtomicInteger patches = new AtomicInteger();
        AtomicInteger actions = new AtomicInteger();
        AtomicInteger duplicateEtags = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            boolean patcher = w < PATCHERS;
            int writer = w;
            done.add(pool.submit(() -> {
                TestClient office = app.client(token);
                for (int cycle = 0; cycle < CYCLES; cycle++) {
                    HttpResponse<String> r;
                    do {
                        HttpResponse<String> read = office.header("If-Match", null).header("Idempotency-Key", null)
                                .get(path);
                        String etag = read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(
                                "the read answered " + read.statusCode() + ": " + read.body()));
                        office.header("If-Match", etag).header("Idempotency-Key", UUID.randomUUID().toString());
                        r = patcher ? office.patch(patchPath, increment(read.body()))
                                : office.send("POST", path + "/events", "application/json",
                                        HttpRequest.BodyPublishers.ofString(action(writer, cycle)));
                        if (r.statusCode() != 200 && r.statusCode() != 412) {
                            unexpected.merge(r.statusCode(), 1, Integer::sum);
                        }
                    } while (r.statusCode() == 412);
                    if (r.statusCode() == 200) {
                        (patcher ? patches : actions).incrementAndGet();
                        if (!etags.add(r.headers().firstValue("ETag").orElseThrow())) {
                            duplicateEtags.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        JsonNode after = JSON.readTree(app.district.get(path).body());
        int acknowledged = patches.get() + actions.get();
        assertThat(unexpected).as("answers other than 200 and 412").isEmpty();
        assertThat(duplicateEtags.get()).as("ETags given to two writes").isZero();
        assertThat(acknowledged).isEqualTo(WRITERS * CYCLES);
        assertThat(version(after) - version(before)).as("version increase").isEqualTo(acknowledged);
        assertThat(app.services.buildings().history(id, Scope.ALL).size() - events).as("new events")
                .isEqualTo(acknowledged);
        assertThat(counter(after) - counter(before)).as("counter increase").isEqualTo(patches.get());
    }

    /** A merge patch adding one to {@code basic.floorArea} of the building as read. */
    private static String increment(String building) throws Exception {
        return "{\"properties\":{\"basic\":{\"floorArea\":" + (counter(JSON.readTree(building)) + 1) + "}}}";
    }

    private static String action(int writer, int cycle) {
        String measure = MEASURES.get((writer + cycle) % MEASURES.size());
        return "{\"action\":\"control_measure\",\"payload\":{\"measures\":[\"" + measure + "\"]}}";
    }

    private static long counter(JsonNode building) {
        return building.path("properties").path("basic").path("floorArea").asLong();
    }

    private static int version(JsonNode building) {
        return building.path("properties").path("version").asInt();
    }
}
