package org.housesafe.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A connection pool on one database, migrated to the current schema when opened. The backend is
 * chosen by the URL: {@code jdbc:postgresql:} is PostGIS, {@code jdbc:h2:} the embedded H2GIS.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final SpatialDialect dialect;

    private Database(HikariDataSource pool, SpatialDialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /**
     * Opens the pool, prepares the backend (PostGIS extension) and applies pending migrations.
     *
     * @throws DatabaseSetupException when the database cannot be reached or prepared; its
     *                                message says what to do
     */
    public static Database open(String url, String user, String password) {
        SpatialDialect dialect = SpatialDialect.forUrl(url);
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setUsername(user);
        hc.setPassword(password);
        hc.setMaximumPoolSize(10);
        hc.setPoolName("housesafe");
        hc.setInitializationFailTimeout(-1);
        hc.setConnectionInitSql(dialect.sessionSetup());
        HikariDataSource pool = new HikariDataSource(hc);
        try {
            try (Connection c = pool.getConnection()) {
                dialect.prepare(c);
            }
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/" + dialect.name())
                    .load()
                    .migrate();
            return new Database(pool, dialect);
        } catch (SQLException e) {
            pool.close();
            throw new DatabaseSetupException("Cannot connect to the database at " + redact(url) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public SpatialDialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        pool.close();
    }
}
