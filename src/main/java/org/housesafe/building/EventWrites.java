package org.housesafe.building;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Consumer;
import org.housesafe.account.Caller;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Lifecycle;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Projection;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.DuplicateKeyException;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.IfMatch;
import org.locationtech.jts.geom.Geometry;

/**
 * Lifecycle actions on a building: decided by the {@link Lifecycle} table, applied by
 * {@link Projection}, written as one conditional update plus events. Every write carries an
 * idempotency key: a repeat answers what the first one answered and writes nothing.
 */
public final class EventWrites {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = new JsonFactory();
    private static final Duration MAX_BACKDATE = Duration.ofDays(30);
    private static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    private final BuildingService buildings;
    private final Idempotency keys;
    private final Evidence evidence;
    private final DeadlineRules rules;
    private final Clock clock;
    private final Consumer<List<Geometry>> written;

    EventWrites(BuildingService buildings, Idempotency keys, Evidence evidence, DeadlineRules rules,
                Clock clock, Consumer<List<Geometry>> written) {
        this.buildings = buildings;
        this.keys = keys;
        this.evidence = evidence;
        this.rules = rules;
        this.clock = clock;
        this.written = written;
    }

    /** Performs the action in {@code body} ({@code action}, {@code payload}, optional {@code reason}, {@code occurredAt}). */
    public Idempotency.Answer perform(Caller caller, UUID id, IfMatch ifMatch, UUID key, String path, JsonNode body) {
        return perform(caller, "POST", id, ifMatch, key, path, body);
    }

    /**
     * Withdraws the building (a {@code DELETE}): the {@code withdrawal} action with {@code reason}
     * (required, at most 500 characters), under the same rules as any other action.
     */
    public Idempotency.Answer withdraw(Caller caller, UUID id, IfMatch ifMatch, UUID key, String path,
                                       JsonNode reason) {
        var body = MAPPER.createObjectNode().put("action", EventType.WITHDRAWAL.code());
        body.set("reason", reason);
        return perform(caller, "DELETE", id, ifMatch, key, path, body);
    }

    private Idempotency.Answer perform(Caller caller, String method, UUID id, IfMatch ifMatch, UUID key, String path,
                                       JsonNode body) {
        String requestHash = Idempotency.requestHash(method, path, body);
        var earlier = keys.earlier(key, caller, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Building current = current(caller, id, ifMatch, key, requestHash);
        if (current == null) {
            return keys.earlier(key, caller, requestHash).orElseThrow();
        }
        Action a = Action.read(body, clock.instant());
        Lifecycle.Outcome outcome = Lifecycle.decide(current.status(), a.type(), caller.role(), a.payload());
        List<NewEvent> events = new ArrayList<>();
        Projection.State state = state(current);
        state = Projection.apply(state, outcome, a.payload(), a.at(), caller.username(), rules);
        events.add(new NewEvent(a.type(), a.at(), caller.username(), caller.role().code(), a.reason(), a.payload().toString()));
        if (a.type() == EventType.SURVEY && state.judgement() == Judgement.SERIOUS) {
            // the survey's projection has put the measures in place; this event records them
            events.add(new NewEvent(EventType.CONTROL_MEASURE, a.at(), caller.username(), caller.role().code(),
                    Projection.SERIOUS_FINDING, Projection.seriousFindingMeasures(a.payload()).toString()));
        }
        return write(caller, method, key, path, requestHash, current, next(current, state, clock.instant()), events,
                photoIds(a.payload()));
    }

    /**
     * The building to change, checked against If-Match; {@code null} when a twin with the same
     * key has just written the change (its answer is then under the key). A withdrawn building is
     * no longer there to change: 404, as for one that never existed.
     */
    Building current(Caller caller, UUID id, IfMatch ifMatch, UUID key, String requestHash) {
        Building current = buildings.store().find(id, caller.scope()).orElseThrow(() -> ifMatch.any()
                ? stale("No building " + id + " to match If-Match: *", null, caller, buildings.today())
                : ApiException.notFound("No building " + id));
        boolean withdrawn = current.status() == Status.WITHDRAWN;
        if (withdrawn || !ifMatch.matches(current.version())) {
            if (keys.earlier(key, caller, requestHash).isPresent()) {
                return null;
            }
            throw withdrawn ? ApiException.notFound("Building " + id + " was withdrawn")
                    : stale("The building changed since you read it", current, caller, buildings.today());
        }
        return current;
    }

    /** Writes {@code next} over {@code current} with its events and evidence, claiming the key. */
    Idempotency.Answer write(Caller caller, String method, UUID key, String path, String requestHash,
                             Building current, Building next, List<NewEvent> events, List<UUID> photos) {
        String answer = render(next, caller, buildings.today());
        String etag = IfMatch.etag(next.version());
        var claim = new EventWriteStore.Claim(key, caller.userId(), method, path, requestHash, 200, etag, null, answer);
        try {
            if (keys.store().write(claim, next, current.version(), events, photos, evidence)
                    == EventWriteStore.Outcome.STALE) {
                return keys.earlier(key, caller, requestHash).orElseThrow(() -> stale(
                        "The building changed while your change was written",
                        buildings.store().find(current.id(), caller.scope()).orElse(null), caller, buildings.today()));
            }
        } catch (DuplicateKeyException e) {
            return keys.awaitTwin(key, caller, requestHash);
        } catch (BuildingStore.DuplicateException e) {
            throw ApiException.conflict(e.getMessage());
        }
        written.accept(List.of(current.footprint(), next.footprint()));
        keys.purgeNowAndThen();
        return new Idempotency.Answer(200, etag, null, answer, false);
    }

    private static List<UUID> photoIds(JsonNode payload) {
        List<UUID> ids = new ArrayList<>();
        payload.path("photos").forEach(p -> ids.add(UUID.fromString(p.asText())));
        return ids;
    }

    /** 412 carrying the building as it is now (its ETag and the whole Feature), to show what changed. */
    static ApiException stale(String detail, Building current, Caller caller, LocalDate today) {
        Map<String, Object> ext = Map.of();
        if (current != null) {
            try {
                ext = Map.of("currentETag", IfMatch.etag(current.version()),
                        "current", MAPPER.readTree(render(current, caller, today)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ApiException(412, "precondition-failed", "Building changed", detail, List.of(), ext);
    }

    private static Projection.State state(Building b) {
        return new Projection.State(b.status(), b.judgement(), b.grade(), b.deadline(), b.batch(),
                BuildingRecords.attributes(b), b.surveyedAt());
    }

    private static Building next(Building b, Projection.State s, Instant now) {
        return new Building(b.id(), b.houseCode(), b.address(), b.streetCode(), b.streetName(), b.communityCode(),
                b.communityName(), b.footprint(), b.footprintArea(), b.floorArea(), b.floorsAbove(), b.use(),
                b.structure(), b.constructionPeriod(), b.vacant(), s.status(), s.judgement(), s.grade(), s.deadline(),
                s.batch(), s.attributes().toString(), b.version() + 1, s.surveyedAt(), b.createdAt(), now);
    }

    static String render(Building b, Caller caller, LocalDate today) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            BuildingJson.writeFull(json, b, caller, today);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
                    .filter(Action::isAction)
                    .orElseThrow(() -> ApiException.invalid("invalid-event", "Invalid action", "action",
                            "must be one of " + actionCodes()));
            JsonNode payload = body.has("payload") ? body.get("payload") : MAPPER.createObjectNode();
            if (!payload.isObject()) {
                throw ApiException.invalid("invalid-event", "Invalid action", "payload", "must be an object");
            }
            JsonNode reason = body.get("reason");
            if (reason != null && !reason.isNull() && (!reason.isTextual() || reason.asText().length() > 500)) {
                throw ApiException.invalid("invalid-event", "Invalid action", "reason", "text of at most 500 characters");
            }
            if (type == EventType.WITHDRAWAL && (reason == null || reason.isNull() || reason.asText().isBlank())) {
                throw ApiException.invalid("invalid-event", "Invalid action", "reason",
                        "is required for a withdrawal: say why the building was recorded by mistake or twice");
            }
            return new Action(type, payload, reason == null || reason.isNull() ? null : reason.asText(),
                    occurredAt(body.get("occurredAt"), now));
        }

        private static List<String> actionCodes() {
            return java.util.Arrays.stream(EventType.values()).filter(Action::isAction).map(EventType::code).toList();
        }

        /** Creation, edits and imports have their own routes; the rest are lifecycle actions. */
        private static boolean isAction(EventType t) {
            return t != EventType.CREATED && t != EventType.EDIT && t != EventType.IMPORT;
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
