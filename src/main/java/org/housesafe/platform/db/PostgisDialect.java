package org.housesafe.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Production: PostgreSQL with the PostGIS extension. */
public final class PostgisDialect extends SpatialDialect {

    @Override
    public String name() {
        return "postgis";
    }

    @Override
    public String jsonParam() {
        return "CAST(? AS jsonb)";
    }

    /**
     * Creates the extension if this role may; otherwise stops with the command an administrator
     * has to run, since nothing works without it.
     */
    /**
     * JIT compilation off for the service's sessions: it costs tens of milliseconds on queries
     * the planner only guesses are expensive (tiles, pages) and saved nothing measurable on the
     * statistics and exports (README, "Vector tiles"). Once per connection, not per query.
     */
    @Override
    public String sessionSetup() {
        return "SET jit = off";
    }

    @Override
    public void prepare(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            throw new DatabaseSetupException("The PostGIS extension is missing in database '" + connection.getCatalog()
                    + "' and this user may not create it (" + e.getSQLState() + "). Ask an administrator to run, "
                    + "as a superuser: psql -d " + connection.getCatalog() + " -c 'CREATE EXTENSION postgis;' "
                    + "(on Debian the package is postgresql-15-postgis-3).", e);
        }
    }

    @Override
    public String version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version'), postgis_lib_version()")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + ", PostGIS " + rs.getString(2);
        }
    }

    /** The PostgreSQL driver only streams (by fetch size) inside a transaction. */
    @Override
    public void beginStreaming(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }
}
