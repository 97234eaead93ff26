package org.housesafe.platform.db;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One write transaction at a time on the embedded database; no lock at all on PostGIS, whose row
 * locks hold under any number of writers.
 *
 * <p>H2 2.3's MVStore does not keep its promises under concurrent writers of one row: with 50 of
 * them it acknowledged two updates of the same version, failed with "Row not found when trying to
 * delete from index", deadlocked between a table and its index and timed out on row locks (issue
 * 12; {@code ConcurrentWritesContract}). An embedded database is one process on one machine, so a
 * lock in that process serializes every writer; reads stay concurrent. A writer that cannot get
 * the lock within {@code wait} (a long import holds it) gets a {@link StoreBusyException}: 503.
 */
public final class WriteLock {
    private final ReentrantLock lock;
    private final long waitMillis;

    private WriteLock(ReentrantLock lock, long waitMillis) {
        this.lock = lock;
        this.waitMillis = waitMillis;
    }

    static WriteLock forDialect(SpatialDialect dialect) {
        return dialect.singleWriter() ? waiting(10_000) : new WriteLock(null, 0);
    }

    /** A lock held by one writer at a time, which others wait for at most {@code waitMillis}. */
    static WriteLock waiting(long waitMillis) {
        return new WriteLock(new ReentrantLock(true), waitMillis);
    }

    /** Held until closed; re-entrant within a thread. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** The lock if it is free now, else {@code null}: for housekeeping that can wait for a quiet moment. */
    Permit tryAcquire() {
        if (lock == null) {
            return () -> { };
        }
        return lock.tryLock() ? lock::unlock : null;
    }

    /**
     * @throws StoreBusyException when another writer held the lock for the whole wait, or the
     *                            thread was interrupted while waiting
     */
    public Permit acquire() {
        if (lock == null) {
            return () -> { };
        }
        try {
            if (!lock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new StoreBusyException("another write held the embedded database for " + waitMillis + " ms", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("interrupted while waiting to write", e);
        }
        return lock::unlock;
    }
}
