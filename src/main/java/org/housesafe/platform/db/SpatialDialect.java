package org.housesafe.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.locationtech.jts.geom.Envelope;

/**
 * What differs between PostGIS and H2GIS, and nothing else: the stores share all other SQL.
 * Geometry always crosses JDBC as WKB ({@code ST_GeomFromWKB(?, 4326)} / {@code ST_AsBinary}),
 * which both backends spell the same.
 */
public abstract class SpatialDialect {

    /** Short backend name, also the Flyway migration folder under {@code db/migration/}. */
    public abstract String name();

    /** A bind parameter holding JSON text, cast to the JSON column type where one exists. */
    public String jsonParam() {
        return "?";
    }

    /** Prepares a fresh database before migrations (PostGIS: the extension). */
    public void prepare(Connection connection) throws SQLException {
    }

    /** Whether write transactions must run one at a time ({@link WriteLock}). */
    public boolean singleWriter() {
        return false;
    }

    /** SQL run once on every new pooled connection, or {@code null} for none. */
    public String sessionSetup() {
        return null;
    }

    /** Database and spatial extension versions, for {@code /health}. */
    public abstract String version(Connection connection) throws SQLException;

    /**
     * Appends {@code AND b.footprint && box} for the building table {@code b}: the bounding-box
     * test that selects candidates through the spatial index. Callers add the exact predicate.
     */
    public void footprintMeets(Sql sql, Envelope box) {
        sql.append(" AND b.footprint && ST_MakeEnvelope(?, ?, ?, ?, 4326)",
                box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
    }

    /** Sets a connection up to stream a large result rather than load it whole. */
    public void beginStreaming(Connection connection) throws SQLException {
    }

    public static SpatialDialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgisDialect();
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new H2gisDialect();
        }
        throw new IllegalArgumentException("unsupported database URL: use jdbc:postgresql:… (PostGIS) or jdbc:h2:… (H2GIS)");
    }
}
