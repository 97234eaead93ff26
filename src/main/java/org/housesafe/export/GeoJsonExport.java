package org.housesafe.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;

/**
 * Writes exported buildings as RFC 7946 GeoJSON: a FeatureCollection
 * ({@code type}, {@value ExportCrs#MEMBER}, {@code numberMatched}, then {@code features}), or
 * an RFC 8142 text sequence (each Feature after an RS character, one per line, every Feature
 * carrying {@value ExportCrs#MEMBER} unless it is WGS84). Property keys are stable and listed in
 * README ("Exports").
 */
final class GeoJsonExport {
    private static final String RS = "\u001e";

    private final JsonGenerator json;
    private final ExportCrs crs;
    private final LocalDate today;

    GeoJsonExport(JsonGenerator json, ExportCrs crs, LocalDate today) {
        this.json = json;
        this.crs = crs;
        this.today = today;
    }

    void startCollection(long numberMatched) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        crs.writeMember(json);
        json.writeNumberField("numberMatched", numberMatched);
        json.writeArrayFieldStart("features");
    }

    void endCollection() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    void startSequence() {
        json.setRootValueSeparator(null);
    }

    void sequenceFeature(ExportRow r) throws IOException {
        json.writeRaw(RS);
        feature(r, crs != ExportCrs.WGS84);
        json.writeRaw('\n');
    }

    void collectionFeature(ExportRow r) throws IOException {
        feature(r, false);
    }

    private void feature(ExportRow r, boolean markCrs) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", r.id().toString());
        if (markCrs) {
            json.writeStringField(ExportCrs.MEMBER, crs.id());
        }
        json.writeFieldName("geometry");
        GeoJsonGeometryWriter.write(json, crs.apply(r.footprint()));
        json.writeObjectFieldStart("properties");
        properties(r);
        json.writeEndObject();
        json.writeEndObject();
    }

    private void properties(ExportRow r) throws IOException {
        json.writeStringField("houseCode", r.houseCode());
        json.writeStringField("address", r.address());
        json.writeStringField("streetCode", r.streetCode());
        json.writeStringField("streetName", r.streetName());
        json.writeStringField("communityCode", r.communityCode());
        json.writeStringField("communityName", r.communityName());
        json.writeStringField("status", r.status().code());
        json.writeStringField("judgement", r.judgement() == null ? null : r.judgement().code());
        json.writeStringField("grade", r.grade() == null ? null : r.grade().code());
        json.writeStringField("use", r.use());
        json.writeStringField("structure", r.structure());
        json.writeStringField("constructionPeriod", r.constructionPeriod());
        number(json, "floorsAbove", r.floorsAbove());
        number(json, "floorArea", r.floorArea());
        json.writeNumberField("footprintArea", Math.round(r.footprintArea() * 10) / 10.0);
        json.writeBooleanField("vacant", r.vacant());
        json.writeStringField("ownerName", r.ownerName());
        strings(json, "hazardTypes", r.hazardTypes());
        strings(json, "measures", r.measures());
        json.writeStringField("responsible", r.responsible());
        json.writeStringField("deadline", r.deadline() == null ? null : r.deadline().toString());
        json.writeBooleanField("overdue", r.overdue(today));
        json.writeStringField("completedDate", r.completedDate() == null ? null : r.completedDate().toString());
        json.writeBooleanField("closed", r.closed());
        json.writeStringField("batch", r.batch());
        json.writeStringField("updatedAt", r.updatedAt() == null ? null : r.updatedAt().toString());
    }

    private static void number(JsonGenerator json, String name, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else if (value instanceof Integer i) {
            json.writeNumberField(name, i);
        } else {
            json.writeNumberField(name, value.doubleValue());
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
