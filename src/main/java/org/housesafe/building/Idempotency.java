package org.housesafe.building;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.housesafe.account.Caller;
import org.housesafe.lifecycle.EventChain;
import org.housesafe.platform.Sha256;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.web.ApiException;

/**
 * The rules shared by every write that carries an {@code Idempotency-Key}: a repeat by the
 * same user with the same request answers what the first one answered and writes nothing; the
 * same key with another request is refused; keys are kept {@link #KEEP_KEYS}.
 */
public final class Idempotency {
    static final Duration KEEP_KEYS = Duration.ofDays(8);

    /** An answer: status, ETag, Location, body (a GeoJSON Feature), and whether it is a replay. */
    public record Answer(int status, String etag, String location, String body, boolean replay) {
    }

    private final EventWriteStore store;
    private final Clock clock;
    private Instant lastPurge = Instant.EPOCH;

    Idempotency(Database db, Clock clock) {
        this.store = new EventWriteStore(db);
        this.clock = clock;
    }

    EventWriteStore store() {
        return store;
    }

    /** What identifies a request under its key: method, path and the canonical body. */
    static String requestHash(String method, String path, JsonNode body) {
        return Sha256.hex(method + " " + path + "\n" + EventChain.canonical(body.toString()));
    }

    /** The first answer given under {@code key}, if the key was used. */
    Optional<Answer> earlier(UUID key, Caller caller, String requestHash) {
        return store.replay(key).map(r -> answer(r, caller, requestHash));
    }

    /**
     * The answer of a twin request that claimed the key first. Some databases report the clash
     * before the twin commits (H2 does; PostgreSQL waits), so look for its answer a little while.
     */
    Answer awaitTwin(UUID key, Caller caller, String requestHash) {
        for (int i = 0; i < 100; i++) {
            var r = earlier(key, caller, requestHash);
            if (r.isPresent()) {
                return r.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ApiException(409, "request-in-progress", "Same request in progress",
                "A request with this Idempotency-Key is still being processed; retry it", List.of(), Map.of());
    }

    /** Forgets keys older than {@link #KEEP_KEYS}, at most every ten minutes. */
    synchronized void purgeNowAndThen() {
        Instant now = clock.instant();
        if (now.isAfter(lastPurge.plus(Duration.ofMinutes(10)))) {
            lastPurge = now;
            store.purgeKeys(now.minus(KEEP_KEYS));
        }
    }

    private static Answer answer(EventWriteStore.Replay r, Caller caller, String requestHash) {
        if (!r.userId().equals(caller.userId()) || !r.requestHash().equals(requestHash)) {
            throw ApiException.invalid("idempotency-key-reused", "Idempotency key reused",
                    "Idempotency-Key", "this key was used for another request; use a new key for a new request");
        }
        return new Answer(r.status(), r.etag(), r.location(), r.body(), true);
    }
}
