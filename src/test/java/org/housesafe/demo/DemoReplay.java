package org.housesafe.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.housesafe.HouseSafe;
import org.housesafe.account.Caller;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.Idempotency;
import org.housesafe.lifecycle.Coded;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.IfMatch;
import org.housesafe.testing.TestClock;

/**
 * Replays the demo histories through the real write paths, the way the campaign would have
 * recorded them: every building is created (basic, construction and management blocks only)
 * shortly before its first event, then each event is sent as a lifecycle action by a caller of
 * the event's role and name, with If-Match and a fresh Idempotency-Key, on a clock set to the
 * event's time. The steps of all buildings run in time order, so the clock only moves forward.
 * Photo file names in a payload are uploaded first and replaced by the ids the upload returns.
 * The control measure a serious survey records by itself is not sent: the survey's write
 * produces it (the test compares what it stored with the file). A building whose event is
 * refused is left there: its later events are not sent.
 */
final class DemoReplay {
    static final Duration CREATED_BEFORE_FIRST_EVENT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event the write path refused. */
    record Refusal(String houseCode, int index, String type, String role, String statusBefore, int httpStatus,
                   String problem, String detail) {
        String line() {
            return houseCode + " event " + index + " " + type + " by " + role + " on " + statusBefore + " → "
                    + httpStatus + " " + problem + ": " + detail;
        }
    }

    /**
     * What the replay did: building ids by house code, refusals, counts of what was sent and of
     * the events not sent because the survey before them records them.
     */
    record Result(Map<String, UUID> ids, List<Refusal> refusals, int eventsSent, int eventsAccepted,
                  int recordedWithSurveys, int photosUploaded) {
    }

    /** One step: creating building {@code building} ({@code index} −1) or sending its event {@code index}. */
    private record Step(Instant at, int building, int index) {
    }

    /** Where one building's replay stands. */
    private static final class Track {
        final JsonNode feature;
        final String houseCode;
        UUID id;
        int version;
        String status;
        boolean stopped;

        Track(JsonNode feature) {
            this.feature = feature;
            this.houseCode = feature.get("properties").get("houseCode").asText();
        }

        JsonNode event(int index) {
            return feature.get("properties").get("events").get(Math.max(index, 0));
        }

        /** Notes the id, version and status an answer (a whole Feature) reports. */
        void follow(Idempotency.Answer a) {
            try {
                JsonNode f = JSON.readTree(a.body());
                id = UUID.fromString(f.get("id").asText());
                version = f.get("properties").get("version").asInt();
                status = f.get("properties").get("status").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HouseSafe.Services services;
    private final TestClock clock;
    private final Jdbc jdbc;
    private final Map<String, UUID> users = new HashMap<>();
    private final byte[] jpeg = jpeg();
    private int sent;
    private int accepted;
    private int photos;
    private int recordedWithSurveys;

    DemoReplay(HouseSafe.Services services, TestClock clock) {
        this.services = services;
        this.clock = clock;
        this.jdbc = new Jdbc(services.db());
    }

    /** Replays {@code features} (Features of {@code buildings.geojson}, with their {@code events}). */
    Result run(List<JsonNode> features) {
        List<Track> tracks = features.stream().map(Track::new).toList();
        List<Refusal> refusals = new ArrayList<>();
        for (Step s : steps(features)) {
            Track t = tracks.get(s.building());
            if (t.stopped) {
                continue;
            }
            clock.set(s.at());
            JsonNode event = t.event(s.index());
            Caller caller = caller(event);
            try {
                t.follow(s.index() < 0 ? create(t, caller) : send(t, event, caller));
            } catch (ApiException e) {
                String type = s.index() < 0 ? "(create)" : event.get("type").asText();
                refusals.add(new Refusal(t.houseCode, s.index(), type, caller.role().code(), t.status, e.status(),
                        e.type(), e.getMessage() + fields(e)));
                t.stopped = true;
            }
        }
        Map<String, UUID> ids = new LinkedHashMap<>();
        tracks.stream().filter(t -> t.id != null).forEach(t -> ids.put(t.houseCode, t.id));
        return new Result(ids, refusals, sent, accepted, recordedWithSurveys, photos);
    }

    /**
     * Every building's creation and the events a client sends, in time order (a building's own
     * steps keep their order).
     */
    private List<Step> steps(List<JsonNode> features) {
        List<Step> steps = new ArrayList<>();
        for (int b = 0; b < features.size(); b++) {
            JsonNode events = features.get(b).get("properties").get("events");
            steps.add(new Step(at(events.get(0)).minus(CREATED_BEFORE_FIRST_EVENT), b, -1));
            for (int i = 0; i < events.size(); i++) {
                if (DemoFiles.recordedWithSurvey(events, i)) {
                    recordedWithSurveys++;
                } else {
                    steps.add(new Step(at(events.get(i)), b, i));
                }
            }
        }
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::building).thenComparingInt(Step::index));
        return steps;
    }

    /** {@code POST /api/buildings} as the building's first actor would send it. */
    private Idempotency.Answer create(Track t, Caller caller) {
        return services.writes().create(caller, UUID.randomUUID(), "/api/buildings", newBuilding(t.feature));
    }

    /** {@code POST /api/buildings/{id}/events}, after uploading the photos the event cites. */
    private Idempotency.Answer send(Track t, JsonNode event, Caller caller) {
        sent++;
        ObjectNode payload = event.get("payload").deepCopy();
        photos += uploadPhotos(t.id, payload, caller);
        Idempotency.Answer a = services.writes().events().perform(caller, t.id, new IfMatch(false, t.version),
                UUID.randomUUID(), "/api/buildings/" + t.id + "/events", body(event, payload));
        accepted++;
        return a;
    }

    /** The Feature a client would send to create the building: its id, footprint and the three creation blocks. */
    private static ObjectNode newBuilding(JsonNode demo) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.set("id", demo.get("id"));
        f.set("geometry", demo.get("geometry"));
        ObjectNode p = f.putObject("properties");
        for (String block : List.of("basic", "construction", "management")) {
            p.set(block, demo.get("properties").get(block));
        }
        return f;
    }

    private static ObjectNode body(JsonNode event, ObjectNode payload) {
        ObjectNode body = JSON.createObjectNode();
        body.put("action", event.get("type").asText());
        body.set("payload", payload);
        body.set("reason", event.get("reason"));
        body.put("occurredAt", event.get("occurredAt").asText());
        return body;
    }

    /**
     * Uploads the photos a payload names and puts their ids in its place; @return how many. The
     * demo's histories cite no photo (it stores none), but the API wants one for a demolition:
     * the replay uploads one there, as the inspector on site would.
     */
    private int uploadPhotos(UUID buildingId, ObjectNode payload, Caller caller) {
        if (!payload.has("photos") && payload.has("area") && payload.has("date")) {
            payload.set("photos", JSON.createArrayNode().add("demolition.jpg"));
        }
        if (!payload.has("photos")) {
            return 0;
        }
        ArrayNode ids = JSON.createArrayNode();
        for (JsonNode name : payload.get("photos")) {
            ids.add(services.photos().upload(buildingId, jpeg, name.asText(), caller).id().toString());
        }
        payload.set("photos", ids);
        return ids.size();
    }

    /** The event's actor in the event's role, allowed every street; one user row per role and name. */
    private Caller caller(JsonNode event) {
        Role role = Coded.byCode(Role.class, event.get("role").asText()).orElseThrow();
        String actor = event.get("actor").asText();
        UUID userId = users.computeIfAbsent(role.code() + ":" + actor, username -> {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO app_user (id, username, role, scope, password_hash, created_at,"
                    + " password_changed_at) VALUES (?, ?, ?, '*', 'x', ?, ?)", id, username, role.code(),
                    clock.instant(), clock.instant());
            return id;
        });
        return new Caller(userId, actor, role, Scope.ALL, Caller.Via.TOKEN);
    }

    private static String fields(ApiException e) {
        return e.errors().isEmpty() ? "" : " " + e.errors();
    }

    private static Instant at(JsonNode event) {
        return Instant.parse(event.get("occurredAt").asText());
    }

    /** A small photo: the write path only needs a decodable JPEG. */
    private static byte[] jpeg() {
        BufferedImage img = new BufferedImage(32, 24, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 16, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
