package org.housesafe.importer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DuplicateKeyException;
import org.housesafe.platform.db.PostgisDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.WriteLock;
import org.housesafe.platform.db.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load of an import as one transaction: every building, its history and the
 * {@code import_batch} row, then one commit. Any failure, a killed process or a dropped
 * connection included, leaves the database as it was. After the commit, PostGIS vacuums the
 * building table: the visibility map then lets statistics read the new rows from the
 * (street, status) index alone instead of the heap (BENCHMARKS.md), without waiting for
 * autovacuum, which a load of less than a fifth of the table does not wake.
 */
final class ImportStore {
    private static final Logger LOG = LoggerFactory.getLogger(ImportStore.class);

    /** What is recorded about an import. */
    record Batch(UUID id, ImportOptions options, String sha256, long features, Instant startedAt) {
    }

    /** The load hit a house code or id written by someone else after the check. */
    static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict(Throwable cause) {
            super("a house code or id of this import was written by someone else meanwhile", cause);
        }
    }

    private static final String INSERT_BATCH = """
            INSERT INTO import_batch (id, file_name, sha256, feature_count, actor, role, started_at, finished_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Database db;
    private final Clock clock;

    ImportStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @return when the import was committed */
    Instant load(Spool spool, Batch batch, Ticker ticker) throws IOException {
        try (WriteLock.Permit permit = db.writeLock().acquire(); Connection c = db.connection()) {
            c.setAutoCommit(false);
            Instant finished;
            try {
                spool.load(c, ticker);
                finished = clock.instant();
                record(c, batch, finished);
                ticker.end(ImportPhase.COMMITTING, spool.count(), spool.count());
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
            vacuum(c, ticker, spool.count());
            return finished;
        } catch (SQLException e) {
            throw failure(e);
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw failure(sql);
            }
            throw e;
        }
    }

    /** Committed already: a failure here is logged, never reported as a failed import. */
    private void vacuum(Connection c, Ticker ticker, long rows) {
        if (!(db.dialect() instanceof PostgisDialect)) {
            return;
        }
        ticker.end(ImportPhase.VACUUMING, rows, rows);
        try (var st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("VACUUM (ANALYZE) building");
        } catch (SQLException e) {
            LOG.warn("VACUUM after the import failed; autovacuum will catch up: {}", e.getMessage());
        }
    }

    private static void record(Connection c, Batch b, Instant finished) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_BATCH)) {
            Sql.bind(ps, 1, Arrays.asList(b.id(), b.options().fileName(), b.sha256(), Math.toIntExact(b.features()),
                    b.options().actor(), b.options().role(), b.startedAt(), finished));
            ps.executeUpdate();
        }
    }

    private static RuntimeException failure(SQLException e) {
        return DuplicateKeyException.isUniqueViolation(e) ? new Conflict(e) : new StoreException("import failed", e);
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);   // a dead connection: the server rolls back on its own
        }
    }
}
