package org.housesafe.building;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import org.housesafe.account.Caller;
import org.housesafe.lifecycle.Event;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Lifecycle;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;

/**
 * Writes buildings as GeoJSON Features with the stable property keys documented in README
 * ("Building properties"), straight into a streaming generator.
 */
public final class BuildingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BuildingJson() {
    }

    /** A list item: the summary properties only. */
    public static void writeSummary(JsonGenerator json, Building b, LocalDate today) throws IOException {
        writeFeature(json, b, null, today);
    }

    /**
     * One building as {@code reader} may see it: the summary, the actions the reader may take
     * now, and every attribute block (empty objects where none is set; owners' personal data
     * masked for the roles that do not need it).
     */
    public static void writeFull(JsonGenerator json, Building b, Caller reader, LocalDate today) throws IOException {
        writeFeature(json, b, reader, today);
    }

    private static void writeFeature(JsonGenerator json, Building b, Caller reader, LocalDate today)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", b.id().toString());
        json.writeFieldName("geometry");
        GeoJsonGeometryWriter.write(json, b.footprint());
        json.writeObjectFieldStart("properties");
        summaryProperties(json, b, today);
        if (reader != null) {
            writeInstant(json, "surveyedAt", b.surveyedAt());
            writeInstant(json, "createdAt", b.createdAt());
            json.writeArrayFieldStart("allowedActions");
            for (EventType action : Lifecycle.allowed(b.status(), reader.role())) {
                json.writeString(action.code());
            }
            json.writeEndArray();
            JsonNode blocks = MAPPER.readTree(b.attributesJson());
            if (reader.masked() && blocks.get(AttributeSchema.BASIC) instanceof com.fasterxml.jackson.databind.node.ObjectNode basic) {
                OwnerMask.apply(basic);
            }
            writeBlocks(json, blocks);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeBlocks(JsonGenerator json, JsonNode blocks) throws IOException {
        for (String block : AttributeSchema.BLOCKS) {
            JsonNode node = blocks.get(block);
            json.writeFieldName(block);
            if (node == null) {
                json.writeStartObject();
                json.writeEndObject();
            } else {
                MAPPER.writeTree(json, node);
            }
        }
    }

    private static void summaryProperties(JsonGenerator json, Building b, LocalDate today) throws IOException {
        json.writeStringField("houseCode", b.houseCode());
        json.writeStringField("address", b.address());
        json.writeStringField("streetCode", b.streetCode());
        json.writeStringField("streetName", b.streetName());
        json.writeStringField("communityCode", b.communityCode());
        json.writeStringField("communityName", b.communityName());
        json.writeStringField("status", b.status().code());
        json.writeStringField("judgement", b.judgement() == null ? null : b.judgement().code());
        json.writeStringField("grade", b.grade() == null ? null : b.grade().code());
        json.writeStringField("use", b.use());
        json.writeStringField("structure", b.structure());
        writeNullable(json, "floorsAbove", b.floorsAbove());
        writeNullable(json, "floorArea", b.floorArea());
        json.writeNumberField("footprintArea", Math.round(b.footprintArea() * 10) / 10.0);
        json.writeBooleanField("vacant", b.vacant());
        json.writeStringField("deadline", b.deadline() == null ? null : b.deadline().toString());
        json.writeBooleanField("overdue", b.deadline() != null && b.deadline().isBefore(today));
        json.writeStringField("batch", b.batch());
        json.writeNumberField("version", b.version());
        writeInstant(json, "updatedAt", b.updatedAt());
    }

    /** One history entry; an edit's old and new owner data are masked for {@code masked} readers. */
    static void writeEvent(JsonGenerator json, Event e, boolean masked) throws IOException {
        json.writeStartObject();
        writeEventFields(json, e, masked);
        json.writeEndObject();
    }

    /** An event among several buildings' (GET /api/events): its building's id, then as {@link #writeEvent}. */
    static void writeEventOf(JsonGenerator json, Event e, boolean masked) throws IOException {
        json.writeStartObject();
        json.writeStringField("buildingId", e.buildingId().toString());
        writeEventFields(json, e, masked);
        json.writeEndObject();
    }

    private static void writeEventFields(JsonGenerator json, Event e, boolean masked) throws IOException {
        json.writeNumberField("seq", e.seq());
        json.writeStringField("type", e.type());
        writeInstant(json, "occurredAt", e.occurredAt());
        writeInstant(json, "recordedAt", e.recordedAt());
        json.writeStringField("actor", e.actor());
        json.writeStringField("role", e.role());
        json.writeStringField("reason", e.reason());
        json.writeFieldName("payload");
        JsonNode payload = MAPPER.readTree(e.payloadJson());
        if (masked && EventType.EDIT.code().equals(e.type())) {
            OwnerMask.applyToChanges(payload.path("changes"));
        }
        MAPPER.writeTree(json, payload);
        json.writeStringField("hash", e.hash());
    }

    private static void writeNullable(JsonGenerator json, String name, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else if (value instanceof Integer i) {
            json.writeNumberField(name, i);
        } else {
            json.writeNumberField(name, value.doubleValue());
        }
    }

    private static void writeInstant(JsonGenerator json, String name, java.time.Instant value) throws IOException {
        json.writeStringField(name, value == null ? null : value.toString());
    }

}
