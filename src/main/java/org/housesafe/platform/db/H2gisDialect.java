package org.housesafe.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** The embedded default: H2 with the H2GIS functions (loaded by the first migration). */
public final class H2gisDialect extends SpatialDialect {

    @Override
    public String name() {
        return "h2gis";
    }

    @Override
    public String version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT H2VERSION()")) {
            rs.next();
            return "H2 " + rs.getString(1) + ", H2GIS " + h2gisVersion();
        }
    }

    /** H2's MVStore loses updates and deadlocks under concurrent writers of one row: see {@link WriteLock}. */
    @Override
    public boolean singleWriter() {
        return true;
    }

    /** The box test, with the footprint grid's cells as the indexed condition ({@link FootprintGrid}). */
    @Override
    public void footprintMeets(Sql sql, Envelope box) {
        super.footprintMeets(sql, box);
        List<Long> keys = FootprintGrid.keysMeeting(box);
        if (!keys.isEmpty()) {
            sql.append(" AND ").in("b.grid_cell", keys);
        }
    }

    private static String h2gisVersion() {
        Package p = org.h2gis.functions.factory.H2GISFunctions.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "2.2" : v;
    }
}
