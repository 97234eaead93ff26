package org.housesafe.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Turns a row of {@link ExportStore}'s query into an {@link ExportRow}. The ledger's fields of the
 * attribute blocks come as columns taken out by PostGIS ({@link #POSTGIS_FIELDS}: a row then
 * carries about 100 bytes of them instead of a 1 KB document to parse), or from the document
 * parsed here (H2GIS, which has no JSON paths).
 */
final class ExportRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String POSTGIS_FIELDS = """
            , b.attributes #>> '{basic,ownerName}' AS owner_name,
              b.attributes #> '{survey,hazardTypes}' AS hazard_types_json,
              b.attributes #> '{rectification,measures}' AS measures_json,
              b.attributes #>> '{rectification,responsible}' AS responsible,
              b.attributes #>> '{rectification,completedDate}' AS completed_date""";

    /** The ledger's fields of the attribute blocks. */
    private record Fields(String ownerName, List<String> hazardTypes, List<String> measures, String responsible,
                          LocalDate completedDate) {
        static Fields fromColumns(ResultSet rs) throws SQLException, IOException {
            String completed = rs.getString("completed_date");
            return new Fields(rs.getString("owner_name"), codes(rs.getString("hazard_types_json")),
                    codes(rs.getString("measures_json")), rs.getString("responsible"),
                    completed == null ? null : LocalDate.parse(completed));
        }

        static Fields fromDocument(String attributes) throws IOException {
            JsonNode blocks = MAPPER.readTree(attributes);
            JsonNode rectification = blocks.path(AttributeSchema.RECTIFICATION);
            String completed = text(rectification, "completedDate");
            return new Fields(text(blocks.path(AttributeSchema.BASIC), "ownerName"),
                    codes(blocks.path(AttributeSchema.SURVEY).path("hazardTypes")),
                    codes(rectification.path("measures")), text(rectification, "responsible"),
                    completed == null ? null : LocalDate.parse(completed));
        }
    }

    private ExportRows() {
    }

    /**
     * @param ledger        whether the query was a ledger's: it selected {@code flagged_photos}, else
     *                      {@code footprint_wkb}
     * @param masked        whether the owner's name is masked for the reader's role
     * @param fieldsInSql   whether the query selected {@link #POSTGIS_FIELDS} instead of the document
     */
    static ExportRow read(ResultSet rs, boolean ledger, boolean masked, boolean fieldsInSql)
            throws SQLException, IOException {
        Fields f = fieldsInSql ? Fields.fromColumns(rs) : Fields.fromDocument(rs.getString("attributes"));
        String owner = masked && f.ownerName() != null ? OwnerMask.name(f.ownerName()) : f.ownerName();
        return new ExportRow(
                rs.getObject("id", UUID.class), rs.getString("house_code"), rs.getString("address"),
                rs.getString("street_code"), rs.getString("street_name"),
                rs.getString("community_code"), rs.getString("community_name"),
                ledger ? null : Wkb.read(rs.getBytes("footprint_wkb")), rs.getDouble("footprint_area"),
                nullable(rs, rs.getDouble("floor_area")),
                nullable(rs, rs.getInt("floors_above")),
                rs.getString("use_type"), rs.getString("structure"), rs.getString("construction_period"),
                rs.getBoolean("vacant"),
                Coded.byCode(Status.class, rs.getString("status")).orElseThrow(),
                Coded.byCode(Judgement.class, rs.getString("judgement")).orElse(null),
                Coded.byCode(Grade.class, rs.getString("grade")).orElse(null),
                rs.getObject("deadline", LocalDate.class), rs.getString("batch"), Sql.instant(rs, "updated_at"),
                owner, f.hazardTypes(), f.measures(), f.responsible(), f.completedDate(),
                ledger ? rs.getInt("flagged_photos") : 0);
    }

    /** {@code value} just read, or {@code null} when its column was SQL NULL. */
    private static <T> T nullable(ResultSet rs, T value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private static String text(JsonNode block, String field) {
        JsonNode v = block.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The texts of a JSON array (none for anything else). */
    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static List<String> codes(String json) throws IOException {
        return json == null ? new ArrayList<>() : codes(MAPPER.readTree(json));
    }
}
