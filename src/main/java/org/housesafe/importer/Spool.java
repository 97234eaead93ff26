package org.housesafe.importer;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.housesafe.platform.db.SpatialDialect;

/**
 * Validated rows parked in temporary files between validation and loading, so that memory does
 * not grow with the import and nothing touches the database until every feature has been
 * checked. Rows are encoded for the backend on the validating threads ({@link #encode}, any
 * thread) and appended in file order ({@link #append}, one thread); {@link #load} then writes
 * them inside the caller's transaction. The files are deleted on {@link #close()}.
 */
interface Spool extends Closeable {

    /** A row in the spool's own form: the building and, where kept apart, its events. */
    record Encoded(byte[] building, byte[] events, int eventCount) {
    }

    Encoded encode(PreparedRow row);

    void append(Encoded row) throws IOException;

    /** Rows appended so far. */
    long count();

    void load(Connection c, Ticker ticker) throws SQLException, IOException;

    /** Binary COPY files on PostGIS, row records for batched INSERTs elsewhere. */
    static Spool forDialect(SpatialDialect dialect) throws IOException {
        return dialect.name().equals("postgis") ? new CopySpool() : new RowSpool(dialect);
    }
}
