package org.housesafe.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.PostgisDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The database's own limit for each read: the same query the service needs, over JDBC, every
 * column of every row read and nothing else done. A PostGIS tile is {@code ST_AsMVT} on the
 * precomputed Web Mercator footprint when the schema has one; an H2GIS tile (which has no
 * encoder) is the rows of the tile.
 */
final class RawQueries {
    private static final String UNITS = " FROM building b JOIN admin_unit s ON s.code = b.street_code"
            + " LEFT JOIN admin_unit c ON c.code = b.community_code";
    private static final String ROW = "SELECT b.id, b.house_code, b.address, b.street_code, s.name,"
            + " b.community_code, c.name, ST_AsBinary(b.footprint), b.footprint_area, b.floor_area, b.floors_above,"
            + " b.use_type, b.structure, b.construction_period, b.vacant, b.status, b.judgement, b.grade, b.deadline,"
            + " b.batch, b.version, b.surveyed_at, b.created_at, b.updated_at";
    private static final String MVT = "SELECT ST_AsMVT(t, 'buildings', 4096, 'geom') FROM ("
            + "SELECT ST_AsMVTGeom(%s, ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom, CAST(b.id AS text) AS id,"
            + " b.status, b.judgement, b.grade, COALESCE(b.deadline < CURRENT_DATE, false) AS overdue FROM building b"
            + " WHERE b.footprint && ST_Transform(ST_TileEnvelope(?, ?, ?, margin => 64.0 / 4096), 4326)) t";
    private static final String GROUP = "SELECT b.street_code, b.status, COUNT(*), COALESCE(SUM(b.footprint_area), 0),"
            + " COALESCE(SUM(b.floor_area), 0) FROM building b";

    private final Database db;
    private final boolean postgis;
    private final String mvt;

    RawQueries(Database db) throws SQLException {
        this.db = db;
        this.postgis = db.dialect() instanceof PostgisDialect;
        boolean mercator;
        try (Connection c = db.connection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, null, postgis ? "building" : "BUILDING",
                    postgis ? "footprint_3857" : "FOOTPRINT_3857")) {
                mercator = rs.next();
            }
        }
        this.mvt = MVT.formatted(mercator ? "b.footprint_3857" : "ST_Transform(b.footprint, 3857)");
    }

    Measure.Outcome tile(Tile t) throws SQLException {
        if (postgis) {
            return query(mvt, t.z(), t.x(), t.y(), t.z(), t.x(), t.y());
        }
        Envelope e = t.lonLat();
        e.expandBy(e.getWidth() * 64 / 4096, e.getHeight() * 64 / 4096);
        return query(new Sql().append("SELECT ST_AsBinary(b.footprint), b.id, b.status, b.judgement, b.grade,"
                + " b.deadline FROM building b").append(meeting(e)));
    }

    /** {@code WHERE} the footprint's box meets {@code box}, through the backend's spatial index. */
    private Sql meeting(Envelope box) {
        Sql where = new Sql().append(" WHERE 1=1");
        db.dialect().footprintMeets(where, box);
        return where;
    }

    /** The first page of the buildings meeting {@code box}, by id (one row more tells of a next page). */
    Measure.Outcome page(Envelope box, int limit) throws SQLException {
        return query(new Sql().append(ROW + UNITS).append(meeting(box))
                .append(" AND ST_Intersects(b.footprint, ST_MakeEnvelope(?, ?, ?, ?, 4326))"
                        + " ORDER BY b.id FETCH FIRST ? ROWS ONLY", box.getMinX(), box.getMinY(), box.getMaxX(),
                        box.getMaxY(), limit + 1));
    }

    /** The page of the city-wide listing after {@code after} (from the start when {@code null}), by id. */
    Measure.Outcome pageAfter(UUID after, int limit) throws SQLException {
        Sql sql = new Sql().append(ROW + UNITS + " WHERE 1=1");
        if (after != null) {
            sql.append(" AND b.id > ?", after);
        }
        return query(sql.append(" ORDER BY b.id FETCH FIRST ? ROWS ONLY", limit + 1));
    }

    /** The first page of one street's buildings, by id. */
    Measure.Outcome streetPage(String street, int limit) throws SQLException {
        return query(ROW + UNITS + " WHERE b.street_code = ? ORDER BY b.id FETCH FIRST ? ROWS ONLY", street, limit + 1);
    }

    /** The id of the building in the middle of the id order (a deep page's cursor). */
    UUID idAtMiddle() throws SQLException {
        long count = scalar("SELECT COUNT(*) FROM building", rs -> rs.getLong(1));
        return scalar("SELECT id FROM building ORDER BY id OFFSET " + count / 2 + " ROWS FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getObject(1, UUID.class));
    }

    /** The street holding the most buildings. */
    String largestStreet() throws SQLException {
        return scalar("SELECT street_code FROM building GROUP BY street_code ORDER BY COUNT(*) DESC"
                + " FETCH FIRST 1 ROWS ONLY", rs -> rs.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T scalar(String sql, Column<T> column) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no row: " + sql);
            }
            return column.read(rs);
        }
    }

    Measure.Outcome byId(UUID id) throws SQLException {
        return query(ROW + ", b.attributes" + UNITS + " WHERE b.id = ?", id);
    }

    /** Every building with its footprint and attributes, by id, streamed 1,000 rows at a time. */
    Measure.Outcome export() throws SQLException {
        return query(ROW + ", b.attributes" + UNITS + " ORDER BY b.id");
    }

    /** Counts and area sums by street and status, of the buildings meeting {@code within} if given. */
    Measure.Outcome stats(Geometry within) throws SQLException {
        if (within == null) {
            return query(GROUP + " GROUP BY b.street_code, b.status");
        }
        return query(new Sql().append(GROUP).append(meeting(within.getEnvelopeInternal()))
                .append(" AND ST_Intersects(b.footprint, ST_GeomFromWKB(?, 4326)) GROUP BY b.street_code, b.status",
                        Wkb.write(within)));
    }

    private Measure.Outcome query(Sql sql) throws SQLException {
        return query(sql.text(), sql.params().toArray());
    }

    private Measure.Outcome query(String sql, Object... params) throws SQLException {
        try (Connection c = db.connection()) {
            // PostgreSQL streams by fetch size only inside a transaction; on H2 a transaction around a
            // read costs a store write at its end (about 40 ms here), and streaming needs none
            c.setAutoCommit(!postgis);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int k = 0; k < params.length; k++) {
                    ps.setObject(k + 1, params[k]);
                }
                ps.setFetchSize(1000);
                long rows = 0;
                long bytes = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int k = 1; k <= columns; k++) {
                            Object v = rs.getObject(k);
                            bytes += v instanceof byte[] b ? b.length : v instanceof String t ? t.length() : 8;
                        }
                    }
                }
                return new Measure.Outcome(bytes, rows);
            } finally {
                if (postgis) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
    }
}
