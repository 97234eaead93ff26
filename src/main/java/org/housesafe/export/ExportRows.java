package org.housesafe.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.building.AttributeSchema;
import org.housesafe.building.OwnerMask;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.geo.Wkb;

/** Turns a row of {@link ExportStore}'s query into an {@link ExportRow}, reading the ledger fields from the attribute blocks. */
final class ExportRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportRows() {
    }

    /**
     * @param withFootprint whether the query selected {@code footprint_wkb}
     * @param masked        whether the owner's name is masked for the reader's role
     */
    static ExportRow read(ResultSet rs, boolean withFootprint, boolean masked) throws SQLException, IOException {
        JsonNode blocks = MAPPER.readTree(rs.getString("attributes"));
        JsonNode basic = blocks.path(AttributeSchema.BASIC);
        if (masked && basic instanceof ObjectNode owner) {
            OwnerMask.apply(owner);
        }
        JsonNode survey = blocks.path(AttributeSchema.SURVEY);
        JsonNode rectification = blocks.path(AttributeSchema.RECTIFICATION);
        return new ExportRow(
                rs.getObject("id", UUID.class), rs.getString("house_code"), rs.getString("address"),
                rs.getString("street_code"), rs.getString("street_name"),
                rs.getString("community_code"), rs.getString("community_name"),
                withFootprint ? Wkb.read(rs.getBytes("footprint_wkb")) : null, rs.getDouble("footprint_area"),
                nullable(rs, rs.getDouble("floor_area")),
                nullable(rs, rs.getInt("floors_above")),
                rs.getString("use_type"), rs.getString("structure"), rs.getString("construction_period"),
                rs.getBoolean("vacant"),
                Coded.byCode(Status.class, rs.getString("status")).orElseThrow(),
                Coded.byCode(Judgement.class, rs.getString("judgement")).orElse(null),
                Coded.byCode(Grade.class, rs.getString("grade")).orElse(null),
                rs.getObject("deadline", LocalDate.class), rs.getString("batch"), Sql.instant(rs, "updated_at"),
                text(basic, "ownerName"), codes(survey, "hazardTypes"), codes(rectification, "measures"),
                text(rectification, "responsible"), date(rectification, "completedDate"));
    }

    /** {@code value} just read, or {@code null} when its column was SQL NULL. */
    private static <T> T nullable(ResultSet rs, T value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private static String text(JsonNode block, String field) {
        JsonNode v = block.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> codes(JsonNode block, String field) {
        List<String> out = new ArrayList<>();
        block.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static LocalDate date(JsonNode block, String field) {
        String v = text(block, field);
        return v == null ? null : LocalDate.parse(v);
    }
}
