package org.housesafe.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.Test;

/**
 * The embedded database survives SIGKILL during concurrent writes: 8 writers create buildings
 * (each with its Idempotency-Key) until the service is killed 0.5–2.5 s into the stream; every
 * restart on the same data directory must open, and every creation that was answered 201 must
 * be there. The database compacts itself every second meanwhile, so that kills also land in a
 * compaction. {@code -Dhousesafe.kills=100} runs the slow profile's count.
 */
class EmbeddedKillIT {
    private static final int KILLS = Integer.getInteger("housesafe.kills", 10);
    private static final int WRITERS = 8;

    @Test
    void every_acknowledged_creation_survives_repeated_kills_during_concurrent_writes() throws Exception {
        Path dir = EmbeddedWorld.scratch("kill");
        Path log = Files.createDirectories(dir).resolve("service.log");
        String token = EmbeddedWorld.prepare(dir.resolve("data"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        Random random = new Random();
        for (int kill = 1; kill <= KILLS; kill++) {
            try (ChildServer server = ChildServer.start(dir.resolve("data"), log, 1)) {
                assertAllPresent(server, token, acknowledged, kill);
                long runMillis = 500 + random.nextInt(2000);
                writeUntilKilled(server, token, acknowledged, next, runMillis);
            }
        }
        try (ChildServer server = ChildServer.start(dir.resolve("data"), log)) {
            assertAllPresent(server, token, acknowledged, KILLS + 1);
            server.stop();
        }
        assertThat(acknowledged).as("creations acknowledged over %d kills", KILLS).hasSizeGreaterThan(KILLS);
    }

    private static void writeUntilKilled(ChildServer server, String token, Set<String> acknowledged,
                                         AtomicInteger next, long runMillis) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            done.add(writers.submit(() -> {
                TestClient client = TestClient.withToken(server.base, token);
                while (!killed.get()) {
                    int i = next.getAndIncrement();
                    String id = UUID.randomUUID().toString();
                    try {
                        HttpResponse<String> r = client.header("Idempotency-Key", UUID.randomUUID().toString())
                                .post("/api/buildings", "application/json", EmbeddedWorld.feature(id, i));
                        if (r.statusCode() == 201) {
                            acknowledged.add(id);
                        } else if (!killed.get()) {
                            throw new AssertionError("creation " + i + " answered " + r.statusCode() + ": " + r.body());
                        }
                    } catch (java.io.IOException cut) {
                        if (!killed.get()) {
                            throw cut;
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(runMillis);
        killed.set(true);
        server.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> f : done) {
            f.get();
        }
    }

    private static void assertAllPresent(ChildServer server, String token, Set<String> acknowledged, int start)
            throws Exception {
        TestClient client = TestClient.withToken(server.base, token);
        List<String> missing = new ArrayList<>();
        for (String id : acknowledged) {
            if (client.get("/api/buildings/" + id).statusCode() != 200) {
                missing.add(id);
            }
        }
        assertThat(missing).as("acknowledged creations missing at start %d", start).isEmpty();
    }
}
