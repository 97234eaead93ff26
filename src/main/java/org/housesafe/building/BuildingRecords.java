package org.housesafe.building;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.GeodesicArea;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Geometry;

/** Builds {@link Building} rows from validated attributes, and imported histories from JSON. */
final class BuildingRecords {
    private static final String TYPE = "invalid-import";
    private static final String TITLE = "Invalid imported building";

    /** The lifecycle columns of a row: the projection of its history. */
    record Lifecycle(Status status, Judgement judgement, Grade grade, LocalDate deadline, String batch,
                     Instant surveyedAt) {

        static Lifecycle unsurveyed() {
            return new Lifecycle(Status.UNSURVEYED, null, null, null, null, null);
        }

        /** Reads the projection an import states, checking its codes. */
        static Lifecycle of(JsonNode props, List<NewEvent> history) {
            Status status = code(props, "status", Status.class);
            if (status == null) {
                throw ApiException.invalid(TYPE, TITLE, "properties.status", "is required");
            }
            Instant surveyed = history.stream().filter(e -> e.type() == EventType.SURVEY)
                    .map(NewEvent::occurredAt).findFirst().orElse(null);
            return new Lifecycle(status, code(props, "judgement", Judgement.class), code(props, "grade", Grade.class),
                    date(props, "deadline"), text(props, "batch"), surveyed);
        }
    }

    private BuildingRecords() {
    }

    static Building fromAttributes(UUID id, Geometry footprint, double area, AdminUnitStore.Location where,
                                   ObjectNode attributes, Lifecycle life, Instant created, Instant updated) {
        JsonNode basic = attributes.path(AttributeSchema.BASIC);
        return new Building(id, basic.path("houseCode").asText().trim(), basic.path("address").asText().trim(),
                where.streetCode(), null, where.communityCode(), null,
                footprint, area,
                basic.hasNonNull("floorArea") ? basic.get("floorArea").asDouble() : null,
                basic.hasNonNull("floorsAbove") ? basic.get("floorsAbove").asInt() : null,
                text(basic, "use"), text(basic, "structure"), text(basic, "constructionPeriod"),
                basic.path("vacant").asBoolean(false),
                life.status(), life.judgement(), life.grade(), life.deadline(), life.batch(),
                attributes.toString(), 1, life.surveyedAt(), created, updated);
    }

    /**
     * {@code b} with new attributes and footprint (and what follows from them: the typed columns,
     * street, community, area) as of {@code now}, one version on; unit names left out.
     */
    static Building edited(Building b, ObjectNode attributes, Geometry footprint, AdminUnitStore.Location where,
                           Instant now) {
        Building e = fromAttributes(b.id(), footprint, GeodesicArea.of(footprint), where, attributes,
                new Lifecycle(b.status(), b.judgement(), b.grade(), b.deadline(), b.batch(), b.surveyedAt()),
                b.createdAt(), now);
        return new Building(e.id(), e.houseCode(), e.address(), e.streetCode(), null, e.communityCode(), null,
                e.footprint(), e.footprintArea(), e.floorArea(), e.floorsAbove(), e.use(), e.structure(),
                e.constructionPeriod(), e.vacant(), e.status(), e.judgement(), e.grade(), e.deadline(), e.batch(),
                e.attributesJson(), b.version() + 1, e.surveyedAt(), e.createdAt(), e.updatedAt());
    }

    /** The attribute blocks of a building read from the store. */
    static ObjectNode attributes(Building b) {
        try {
            return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(b.attributesJson());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code b} with the names of its street and community, for an answer written before it is read back. */
    static Building named(Building b, String streetName, String communityName) {
        return new Building(b.id(), b.houseCode(), b.address(), b.streetCode(), streetName, b.communityCode(),
                communityName, b.footprint(), b.footprintArea(), b.floorArea(), b.floorsAbove(), b.use(),
                b.structure(), b.constructionPeriod(), b.vacant(), b.status(), b.judgement(), b.grade(), b.deadline(),
                b.batch(), b.attributesJson(), b.version(), b.surveyedAt(), b.createdAt(), b.updatedAt());
    }

    /** Reads an imported history; it must be in time order. */
    static List<NewEvent> history(JsonNode events) {
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw ApiException.invalid(TYPE, TITLE, "properties.events", "a non-empty history is required");
        }
        List<NewEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String field = "properties.events[" + i + "]";
            EventType type = code(e, "type", EventType.class);
            Instant at = instant(e.path("occurredAt").asText(), field + ".occurredAt");
            if (type == null || e.path("actor").asText().isBlank() || e.path("role").asText().isBlank()) {
                throw ApiException.invalid(TYPE, TITLE, field, "needs type, occurredAt, actor and role");
            }
            if (!out.isEmpty() && at.isBefore(out.get(out.size() - 1).occurredAt())) {
                throw ApiException.invalid(TYPE, TITLE, field, "events must be in time order");
            }
            JsonNode payload = e.path("payload");
            out.add(new NewEvent(type, at, e.get("actor").asText(), e.get("role").asText(),
                    e.hasNonNull("reason") ? e.get("reason").asText() : null,
                    payload.isObject() ? payload.toString() : "{}"));
        }
        return out;
    }

    private static <E extends Enum<E> & Coded> E code(JsonNode node, String name, Class<E> type) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        return Coded.byCode(type, v.asText()).orElseThrow(() -> ApiException.invalid(TYPE, TITLE,
                name, "must be one of " + Coded.codes(type)));
    }

    private static LocalDate date(JsonNode node, String name) {
        String v = text(node, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(TYPE, TITLE, name, "must be a date YYYY-MM-DD");
        }
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(TYPE, TITLE, field, "must be an ISO-8601 instant such as 2022-05-20T08:00:00Z");
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }
}
