package org.housesafe.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the space of old versions in the embedded database file while it serves. With
 * {@code WRITE_DELAY=0} (every commit in the file before the answer) H2 runs no background
 * housekeeping, so the file only grew: 177 MB for 1,000 buildings written three times, whose data
 * takes 4 MB. Every 20 s ({@link #PERIOD_SECONDS}), when less than half of the file is live data, this
 * does what H2's housekeeping would: rewrite sparse chunks, then move chunks together and truncate
 * (H2 syncs before it overwrites anything). It runs under the {@link WriteLock}, and skips a round
 * when a write holds it. Reaches H2's store through its engine classes (H2 2.3, pinned in the POM).
 */
final class EmbeddedCompactor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCompactor.class);
    /** Seconds between rounds; the system property {@code housesafe.compactSeconds} sets it (the kill test: 1). */
    private static final long PERIOD_SECONDS = Long.getLong("housesafe.compactSeconds", 20);
    private static final int LOW_FILL_PERCENT = 50;
    private static final int MAX_COMPACT_MILLIS = 2_000;

    private final DataSource pool;
    private final WriteLock writeLock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "housesafe-compactor");
        t.setDaemon(true);
        return t;
    });

    EmbeddedCompactor(DataSource pool, WriteLock writeLock) {
        this.pool = pool;
        this.writeLock = writeLock;
        timer.scheduleWithFixedDelay(this::compactIfSparse, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** One round: nothing when the file is mostly live or a write is under way. Whether it compacted. */
    boolean compactIfSparse() {
        try (WriteLock.Permit permit = writeLock.tryAcquire()) {
            if (permit == null) {
                return false;
            }
            try (Connection c = pool.getConnection()) {
                MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                        .getMvStore();
                FileStore<?> file = store.getFileStore();
                if (file == null || file.getChunksFillRate() >= LOW_FILL_PERCENT && file.getFillRate() >= LOW_FILL_PERCENT) {
                    return false;
                }
                long before = file.size();
                int retention = store.getRetentionTime();
                try {
                    store.compactFile(MAX_COMPACT_MILLIS);   // syncs before it overwrites any chunk
                } finally {
                    store.setRetentionTime(retention);
                }
                LOG.info("compacted the embedded database from {} to {} bytes", before, file.size());
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("compacting the embedded database failed; it will be tried again: {}", e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
