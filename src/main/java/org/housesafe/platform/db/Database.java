package org.housesafe.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection pool on one database, migrated to the current schema when opened. The backend is
 * chosen by the URL: {@code jdbc:postgresql:} is PostGIS, {@code jdbc:h2:} the embedded H2GIS.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** How often a transaction that hit a deadlock or serialization failure is run in all. */
    private static final int ATTEMPTS = 4;

    private final HikariDataSource pool;
    private final SpatialDialect dialect;
    private final WriteLock writeLock;
    /** The embedded file's housekeeping; {@code null} for any other database. */
    private final EmbeddedCompactor compactor;

    private Database(HikariDataSource pool, SpatialDialect dialect, boolean embeddedFile) {
        this.pool = pool;
        this.dialect = dialect;
        this.writeLock = WriteLock.forDialect(dialect);
        this.compactor = embeddedFile ? new EmbeddedCompactor(pool, writeLock) : null;
    }

    /** Work done inside one transaction on {@code c}; it may roll back itself, the commit then stores nothing. */
    public interface Transaction<T> {
        T run(Connection c) throws SQLException;
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
        hc.setInitializationFailTimeout(1);   // the first connection now, its own error if it fails
        hc.setConnectionInitSql(dialect.sessionSetup());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseSetupException(cannotOpen(url, e), e);
        }
        try {
            try (Connection c = pool.getConnection()) {
                dialect.prepare(c);
            }
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/" + dialect.name())
                    .load()
                    .migrate();
            return new Database(pool, dialect, url.startsWith("jdbc:h2:file:"));
        } catch (SQLException e) {
            pool.close();
            throw new DatabaseSetupException("Cannot connect to the database at " + redact(url) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * What to tell an operator when the first connection fails: the database's own reason and, for
     * the embedded file, which file and where README says how to restore it.
     */
    private static String cannotOpen(String url, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String detail = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0] + ".mv.db";
            return "Cannot open the embedded database " + file + ": " + detail + "\nIf another HouseSafe is"
                    + " running on this data directory, stop it first. If the file is damaged, restore the last"
                    + " backup as README's \"Durability of the embedded database\" says.";
        }
        return "Cannot connect to the database at " + redact(url) + ": " + detail;
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

    /**
     * Runs {@code work} in one transaction under the {@link WriteLock}, committing when it returns
     * and rolling back when it throws. A deadlock or serialization failure runs it again (up to
     * {@value #ATTEMPTS} times in all, after a short random pause); if that does not clear it, a
     * {@link StoreBusyException} (503).
     */
    public <T> T write(Transaction<T> work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (WriteLock.Permit permit = writeLock.acquire(); Connection c = connection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (!StoreBusyException.isRetryable(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new StoreBusyException("write conflicts persisted over " + ATTEMPTS + " attempts", e);
                }
                pause(attempt);
            }
        }
    }

    /** {@code SHUTDOWN COMPACT}: the file rewritten with its live data only, then closed for every connection. */
    private void shutdownCompact() {
        Connection c = null;
        try {
            c = connection();
            c.createStatement().execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("the embedded database was closed without compacting: {}", e.getMessage());
        } finally {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (SQLException closedByTheShutdown) {
                // the database is closed: nothing left to release
            }
        }
    }

    /** The write lock, for work that manages its own transaction (bulk import). */
    public WriteLock writeLock() {
        return writeLock;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("interrupted between attempts", e);
        }
    }

    public SpatialDialect dialect() {
        return dialect;
    }

    /**
     * Closes the pool; an embedded database file is compacted first ({@code SHUTDOWN COMPACT}), so
     * that the space its old versions took is given back (README, "Durability of the embedded
     * database"). Waits for a running write to end.
     */
    @Override
    public void close() {
        if (compactor != null) {
            compactor.close();
            try (WriteLock.Permit permit = writeLock.acquire()) {
                shutdownCompact();
            } catch (StoreBusyException e) {
                LOG.warn("the embedded database was closed without compacting: {}", e.getMessage());
            }
        }
        pool.close();
    }
}
