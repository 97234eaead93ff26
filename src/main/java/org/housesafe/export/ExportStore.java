package org.housesafe.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.building.AttributeSchema;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingFilters;
import org.housesafe.building.OwnerMask;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.RowSink;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;
import org.housesafe.platform.geo.Wkb;

/**
 * Streams the buildings of an export from either backend: the same filter conditions as the
 * building list ({@link BuildingFilters#where}), rows handed on as the database returns them in
 * batches of {@value #FETCH_SIZE}, so an export of any size holds one batch in memory.
 */
final class ExportStore {
    private static final int FETCH_SIZE = 1000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String COLUMNS = """
            SELECT b.id, b.house_code, b.address, b.street_code, s.name AS street_name, b.community_code,
                   c.name AS community_name, b.footprint_area, b.floor_area, b.floors_above, b.use_type, b.structure,
                   b.construction_period, b.vacant, b.status, b.judgement, b.grade, b.deadline, b.batch,
                   b.updated_at, b.attributes""";
    private static final String FOOTPRINT = ", ST_AsBinary(b.footprint) AS footprint_wkb";
    private static final String FROM = """

              FROM building b
              JOIN admin_unit s ON s.code = b.street_code
              LEFT JOIN admin_unit c ON c.code = b.community_code""";
    private static final String BY_ID = " ORDER BY b.id";
    private static final String LEDGER_ORDER = " ORDER BY b.street_code, b.community_code, b.house_code";

    private final Database db;

    ExportStore(Database db) {
        this.db = db;
    }

    /** Every building matching {@code filter}, with its footprint, ordered by id. */
    void features(BuildingFilter filter, boolean masked, RowSink<ExportRow> sink) throws IOException {
        stream(where(new Sql().append(COLUMNS + FOOTPRINT + FROM), filter, false).append(BY_ID), true, masked, sink);
    }

    /** The buildings of {@code filter} that are on the ledger ({@link Ledger}), by street, community and house code. */
    void ledger(BuildingFilter filter, boolean masked, RowSink<ExportRow> sink) throws IOException {
        stream(where(new Sql().append(COLUMNS + FROM), filter, true).append(LEDGER_ORDER), false, masked, sink);
    }

    long countLedger(BuildingFilter filter) {
        Sql sql = where(new Sql().append("SELECT COUNT(*)" + FROM), filter, true);
        try (Connection c = db.connection(); PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("ledger count failed", e);
        }
    }

    /** {@code sql} with the filter's {@code WHERE} (and the ledger's condition) appended. */
    private static Sql where(Sql sql, BuildingFilter filter, boolean ledger) {
        Sql where = BuildingFilters.where(filter);
        sql.append(where.text(), where.params().toArray());
        if (ledger) {
            Ledger.condition(sql);
        }
        return sql;
    }

    private void stream(Sql sql, boolean withFootprint, boolean masked, RowSink<ExportRow> sink) throws IOException {
        try (Connection c = db.connection()) {
            db.dialect().beginStreaming(c);
            try (PreparedStatement ps = sql.prepare(c)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs, withFootprint, masked));
                    }
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("export failed", e);
        }
    }

    private static ExportRow row(ResultSet rs, boolean withFootprint, boolean masked) throws SQLException, IOException {
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
