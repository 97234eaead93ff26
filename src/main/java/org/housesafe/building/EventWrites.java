package org.housesafe.building;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.Caller;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.EventChain;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Lifecycle;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Projection;
import org.housesafe.platform.Sha256;
import org.housesafe.platform.db.DuplicateKeyException;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.IfMatch;

/**
 * Lifecycle actions on a building: decided by the {@link Lifecycle} table, applied by
 * {@link Projection}, written as one conditional update plus events. Every write carries an
 * idempotency key: a repeat answers what the first one answered and writes nothing.
 */
public final class EventWrites {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = new JsonFactory();
    private static final Duration KEEP_KEYS = Duration.ofDays(8);
    private static final java.time.ZoneId ZONE = DeadlineRules.DEFAULT.zone();
    private static final Duration MAX_BACKDATE = Duration.ofDays(30);
    private static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    /** An answer: status, ETag, body (a GeoJSON Feature or a problem), and whether it is a replay. */
    public record Answer(int status, String etag, String body, boolean replay) {
    }

    private final BuildingService buildings;
    private final EventWriteStore store;
    private final DeadlineRules rules;
    private final Clock clock;

    public EventWrites(BuildingService buildings, org.housesafe.platform.db.Database db, DeadlineRules rules,
                       Clock clock) {
        this.buildings = buildings;
        this.store = new EventWriteStore(db);
        this.rules = rules;
        this.clock = clock;
    }

    /** Performs the action in {@code body} ({@code action}, {@code payload}, optional {@code reason}, {@code occurredAt}). */
    public Answer perform(Caller caller, UUID id, IfMatch ifMatch, UUID key, String path, JsonNode body) {
        String requestHash = Sha256.hex(path + "\n" + EventChain.canonical(body.toString()));
        var earlier = store.replay(key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), caller, requestHash);
        }
        Building current = buildings.store().find(id, caller.scope()).orElseThrow(() -> ifMatch.any()
                ? stale("No building " + id + " to match If-Match: *", null, caller)
                : ApiException.notFound("No building " + id));
        if (!ifMatch.matches(current.version())) {
            var twin = store.replay(key);   // a twin with this key may have just written the change
            if (twin.isPresent()) {
                return replay(twin.get(), caller, requestHash);
            }
            throw stale("The building changed since you read it", current, caller);
        }
        Action a = Action.read(body, clock.instant());
        Lifecycle.Outcome outcome = Lifecycle.decide(current.status(), a.type(), caller.role(), a.payload());
        List<NewEvent> events = new ArrayList<>();
        Projection.State state = state(current);
        state = Projection.apply(state, outcome, a.payload(), a.at(), caller.username(), rules);
        events.add(new NewEvent(a.type(), a.at(), caller.username(), caller.role().code(), a.reason(), a.payload().toString()));
        if (a.type() == EventType.SURVEY && state.judgement() == Judgement.SERIOUS) {
            ObjectNode control = controlMeasures(a.payload());
            Lifecycle.Outcome c = new Lifecycle.Outcome(EventType.CONTROL_MEASURE, state.status());
            state = Projection.apply(state, c, control, a.at(), caller.username(), rules);
            events.add(new NewEvent(EventType.CONTROL_MEASURE, a.at(), caller.username(), caller.role().code(),
                    "serious finding", control.toString()));
        }
        Building next = next(current, state, clock.instant());
        String answer = render(next, caller.masked(), buildings.today());
        var claim = new EventWriteStore.Claim(key, caller.userId(), "POST", path, requestHash, 200,
                IfMatch.etag(next.version()), null, answer);
        try {
            if (!store.write(claim, next, current.version(), events)) {
                var twin = store.replay(key);
                if (twin.isPresent()) {
                    return replay(twin.get(), caller, requestHash);
                }
                throw stale("The building changed while your action was written", buildings.store()
                        .find(id, caller.scope()).orElse(null), caller);
            }
        } catch (DuplicateKeyException e) {
            return replay(awaitReplay(key, e), caller, requestHash);
        }
        purgeNowAndThen();
        return new Answer(200, IfMatch.etag(next.version()), answer, false);
    }

    /** The serious finding's control measures: those the inspector named, else stop use, evacuate, cordon. */
    private static ObjectNode controlMeasures(JsonNode survey) {
        ObjectNode control = MAPPER.createObjectNode();
        var measures = control.putArray("measures");
        if (survey.has("controlMeasures") && !survey.get("controlMeasures").isEmpty()) {
            survey.get("controlMeasures").forEach(m -> measures.add(m.asText()));
        } else {
            List.of("stop_use", "evacuate", "cordon").forEach(measures::add);
        }
        return control;
    }

    /**
     * The answer of a twin request that claimed the key first. Some databases report the clash
     * before the twin commits (H2 does; PostgreSQL waits), so look for its answer a little while.
     */
    private EventWriteStore.Replay awaitReplay(UUID key, DuplicateKeyException clash) {
        for (int i = 0; i < 100; i++) {
            var r = store.replay(key);
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

    private Answer replay(EventWriteStore.Replay r, Caller caller, String requestHash) {
        if (!r.userId().equals(caller.userId()) || !r.requestHash().equals(requestHash)) {
            throw ApiException.invalid("idempotency-key-reused", "Idempotency key reused",
                    "Idempotency-Key", "this key was used for another request; use a new key for a new request");
        }
        return new Answer(r.status(), r.etag(), r.body(), true);
    }

    /** 412 carrying the building as it is now (its ETag and the whole Feature), to show what changed. */
    private static ApiException stale(String detail, Building current, Caller caller) {
        Map<String, Object> ext = Map.of();
        if (current != null) {
            try {
                ext = Map.of("currentETag", IfMatch.etag(current.version()),
                        "current", MAPPER.readTree(render(current, caller.masked(), LocalDate.now(ZONE))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ApiException(412, "precondition-failed", "Building changed", detail, List.of(), ext);
    }

    private static Projection.State state(Building b) {
        try {
            return new Projection.State(b.status(), b.judgement(), b.grade(), b.deadline(), b.batch(),
                    (ObjectNode) MAPPER.readTree(b.attributesJson()), b.surveyedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Building next(Building b, Projection.State s, Instant now) {
        return new Building(b.id(), b.houseCode(), b.address(), b.streetCode(), b.streetName(), b.communityCode(),
                b.communityName(), b.footprint(), b.footprintArea(), b.floorArea(), b.floorsAbove(), b.use(),
                b.structure(), b.constructionPeriod(), b.vacant(), s.status(), s.judgement(), s.grade(), s.deadline(),
                s.batch(), s.attributes().toString(), b.version() + 1, s.surveyedAt(), b.createdAt(), now);
    }

    static String render(Building b, boolean masked, LocalDate today) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            BuildingJson.writeFull(json, b, masked, today);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Instant lastPurge = Instant.EPOCH;

    private synchronized void purgeNowAndThen() {
        Instant now = clock.instant();
        if (now.isAfter(lastPurge.plus(Duration.ofMinutes(10)))) {
            lastPurge = now;
            store.purgeKeys(now.minus(KEEP_KEYS));
        }
    }

    /** The action a request asks for. */
    private record Action(EventType type, JsonNode payload, String reason, Instant at) {
        static Action read(JsonNode body, Instant now) {
            for (var it = body.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!List.of("action", "payload", "reason", "occurredAt").contains(f)) {
                    throw ApiException.invalid("invalid-event", "Invalid action", f,
                            "unknown field; an action has action, payload, reason and occurredAt");
                }
            }
            EventType type = Coded.byCode(EventType.class, body.path("action").asText())
                    .filter(t -> t != EventType.CREATED)
                    .orElseThrow(() -> ApiException.invalid("invalid-event", "Invalid action", "action",
                            "must be one of " + Coded.codes(EventType.class).subList(1, EventType.values().length)));
            JsonNode payload = body.has("payload") ? body.get("payload") : MAPPER.createObjectNode();
            if (!payload.isObject()) {
                throw ApiException.invalid("invalid-event", "Invalid action", "payload", "must be an object");
            }
            JsonNode reason = body.get("reason");
            if (reason != null && !reason.isNull() && (!reason.isTextual() || reason.asText().length() > 500)) {
                throw ApiException.invalid("invalid-event", "Invalid action", "reason", "text of at most 500 characters");
            }
            return new Action(type, payload, reason == null || reason.isNull() ? null : reason.asText(),
                    occurredAt(body.get("occurredAt"), now));
        }

        /** When the work was done: now, or up to 30 days back for work recorded offline. */
        private static Instant occurredAt(JsonNode v, Instant now) {
            if (v == null || v.isNull()) {
                return now;
            }
            try {
                Instant at = Instant.parse(v.asText());
                if (at.isAfter(now.plus(MAX_AHEAD)) || at.isBefore(now.minus(MAX_BACKDATE))) {
                    throw ApiException.invalid("invalid-event", "Invalid action", "occurredAt",
                            "must lie within the last 30 days and not in the future");
                }
                return at;
            } catch (DateTimeParseException e) {
                throw ApiException.invalid("invalid-event", "Invalid action", "occurredAt",
                        "must be an ISO-8601 instant such as 2026-05-20T08:00:00Z");
            }
        }
    }
}
