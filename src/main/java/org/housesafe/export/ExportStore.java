package org.housesafe.export;

import java.io.IOException;
import java.time.LocalDate;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingFilters;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.PostgisDialect;
import org.housesafe.platform.db.RowSink;
import org.housesafe.platform.db.Sql;

/**
 * Reads the buildings of an export or of a ledger page from either backend: the same filter
 * conditions as the building list ({@link BuildingFilters#where}), rows handed on as the database
 * returns them in batches of {@value #FETCH_SIZE}, so an export of any size holds one batch in
 * memory.
 */
final class ExportStore {
    private static final int FETCH_SIZE = 1000;

    private static final String COLUMNS = """
            SELECT b.id, b.house_code, b.address, b.street_code, s.name AS street_name, b.community_code,
                   c.name AS community_name, b.footprint_area, b.floor_area, b.floors_above, b.use_type, b.structure,
                   b.construction_period, b.vacant, b.status, b.judgement, b.grade, b.deadline, b.batch,
                   b.updated_at""";
    private static final String FOOTPRINT = ", ST_AsBinary(b.footprint) AS footprint_wkb";
    private static final String FROM = """

              FROM building b
              JOIN admin_unit s ON s.code = b.street_code
              LEFT JOIN admin_unit c ON c.code = b.community_code""";
    private static final String BY_ID = " ORDER BY b.id";
    private final Database db;
    /** Whether the fields rows need from the attribute document are taken out in SQL (PostGIS), not in Java. */
    private final boolean fieldsInSql;
    private final String fields;

    ExportStore(Database db) {
        this.db = db;
        this.fieldsInSql = db.dialect() instanceof PostgisDialect;
        this.fields = fieldsInSql ? ExportRows.POSTGIS_FIELDS : ", b.attributes";
    }

    /** Every building matching {@code filter}, with its footprint, ordered by id. */
    void features(BuildingFilter filter, boolean masked, RowSink<ExportRow> sink) throws IOException {
        Sql sql = new Sql().append(COLUMNS + fields + FOOTPRINT + FROM).append(BuildingFilters.where(filter, db.dialect()));
        stream(sql.append(BY_ID), false, masked, sink);
    }

    /** The buildings of {@code filter} that are on the ledger ({@link Ledger}), in {@code sort} order. */
    void ledger(LedgerFilter filter, LedgerSort sort, boolean masked, RowSink<ExportRow> sink) throws IOException {
        stream(sort.orderBy(where(new Sql().append(COLUMNS + fields + LedgerFilter.FLAGGED_COUNT + FROM), filter)),
                true, masked, sink);
    }

    /** One page of {@link #ledger}: {@code limit} rows after the first {@code offset}. */
    void ledgerPage(LedgerFilter filter, LedgerSort sort, long offset, int limit, boolean masked,
                    RowSink<ExportRow> sink) throws IOException {
        Sql sql = sort.orderBy(where(new Sql().append(COLUMNS + fields + LedgerFilter.FLAGGED_COUNT + FROM), filter))
                .append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", offset, limit);
        stream(sql, true, masked, sink);
    }

    /** How many ledger rows match {@code filter}, in all and of each kind the ledger page counts. */
    LedgerCounts ledgerCounts(LedgerFilter filter, LocalDate today) {
        Sql sql = new Sql().append("SELECT COUNT(*), " + countOf("b.deadline < ?") + countOf("b.status = ?")
                + countOf("b.judgement = ?") + "SUM(CASE WHEN ", today, Status.CLOSED.code(), Judgement.SERIOUS.code())
                .in("b.grade", Ledger.DANGEROUS_GRADES).append(" THEN 1 ELSE 0 END), SUM(CASE WHEN ")
                .in("b.status", Ledger.OPEN_RECTIFICATION_CODES).append(" THEN 1 ELSE 0 END)" + FROM);
        where(sql, filter);
        return new Jdbc(db).one(sql.text(), rs -> new LedgerCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6)), sql.params().toArray()).orElseThrow();
    }

    private static String countOf(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), ";
    }

    /** {@code sql} with the filter's {@code WHERE} and the ledger's conditions appended. */
    private Sql where(Sql sql, LedgerFilter filter) {
        sql.append(BuildingFilters.where(filter.buildings(), db.dialect()));
        Ledger.condition(sql);
        filter.photoCondition(sql);
        return sql;
    }

    /** @param ledger whether the query is a ledger's (flagged photo count, no footprint) */
    private void stream(Sql sql, boolean ledger, boolean masked, RowSink<ExportRow> sink) throws IOException {
        new Jdbc(db).stream(sql, FETCH_SIZE, rs -> {
            while (rs.next()) {
                sink.accept(ExportRows.read(rs, ledger, masked, fieldsInSql));
            }
        }, "export failed");
    }
}
