package org.housesafe.ogc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.housesafe.account.Scope;
import org.housesafe.building.BuildingFilters;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;

/** The earliest last-event time of the buildings a caller may see: the start of the collection's temporal extent. */
final class TemporalExtent {
    private final Database db;

    TemporalExtent(Database db) {
        this.db = db;
    }

    /** {@code null} when the caller sees no building. */
    Instant start(Scope scope) {
        Sql sql = new Sql().append("SELECT MIN(b.updated_at) AS first_event FROM building b WHERE 1=1");
        BuildingFilters.scope(sql, scope);
        try (Connection c = db.connection(); PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Sql.instant(rs, "first_event");
        } catch (SQLException e) {
            throw new StoreException("temporal extent failed", e);
        }
    }
}
