package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * 20 writers × 20 writes against the same buildings, each with the ETag it last read: every
 * answer is 200 or 412, successful writes = version increments = new events, and the building
 * ends as the last successful write left it. Nothing is lost, nothing silently overwritten.
 */
abstract class ConcurrentWritesContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 20;
    private static final int WRITES = 20;
    private static final List<String> MEASURES = List.of("stop_use", "stop_business", "cordon", "evacuate");

    abstract Database openDatabase() throws Exception;

    @Test
    void concurrent_writers_get_200_or_412_and_every_success_is_one_version_and_one_event() throws Exception {
        try (Database db = openDatabase(); TestApp app = new TestApp(db)) {
            app.services.units().insertAll(StoreFixture.units());
            app.services.buildings().store().insertAll(StoreFixture.buildings(0, 3));
            List<String> ids = List.of(0, 1, 2).stream()
                    .map(i -> StoreFixture.building(i).building().id().toString()).toList();
            String token = app.token(app.user("office", Role.STREET_OFFICE,
                    Scope.of(java.util.Set.of(StoreFixture.WEST, StoreFixture.EAST))));
            Map<String, Integer> successes = new ConcurrentHashMap<>();
            Map<String, Map<Integer, String>> measureByVersion = new ConcurrentHashMap<>();
            AtomicInteger other = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    TestClient office = app.client(token);
                    for (int i = 0; i < WRITES; i++) {
                        String id = ids.get((writer + i) % ids.size());
                        String measure = MEASURES.get((writer * WRITES + i) % MEASURES.size());
                        HttpResponse<String> read = office.get("/api/buildings/" + id);
                        String etag = read.headers().firstValue("ETag").orElseThrow();
                        HttpResponse<String> r = office.header("If-Match", etag)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .send("POST", "/api/buildings/" + id + "/events", "application/json",
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"action\":\"control_measure\",\"payload\":{\"measures\":[\"" + measure + "\"]}}"));
                        if (r.statusCode() == 200) {
                            successes.merge(id, 1, Integer::sum);
                            int v = Integer.parseInt(r.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
                            String before = measureByVersion.computeIfAbsent(id, k -> new ConcurrentHashMap<>())
                                    .put(v, measure);
                            assertThat(before).as("version %d of %s given to two writes", v, id).isNull();
                        } else if (r.statusCode() != 412) {
                            other.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(other.get()).as("answers other than 200 and 412").isZero();
            for (String id : ids) {
                var b = app.services.buildings().get(UUID.fromString(id), Scope.ALL);
                int ok = successes.getOrDefault(id, 0);
                assertThat(ok).as("some writes to %s succeed", id).isPositive();
                assertThat(b.version()).as("versions of %s", id).isEqualTo(1 + ok);
                var history = app.services.buildings().history(UUID.fromString(id), Scope.ALL);
                assertThat(history).as("events of %s", id).hasSize(3 + ok);
                var last = JSON.readTree(history.get(history.size() - 1).payloadJson());
                assertThat(measureByVersion.get(id)).hasSize(ok).containsKey(b.version());
                assertThat(last.get("measures").get(0).asText()).isEqualTo(measureByVersion.get(id).get(b.version()));
            }
        }
    }
}
