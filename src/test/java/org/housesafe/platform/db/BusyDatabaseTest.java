package org.housesafe.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A busy database is not a broken one: deadlocks and serialization failures are run again, and
 * what retries cannot clear, or a writer that waited too long, is a {@link StoreBusyException}.
 */
class BusyDatabaseTest {

    @Test
    void a_transaction_that_deadlocks_twice_is_run_again_and_commits() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:busy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null)) {
            AtomicInteger runs = new AtomicInteger();
            String result = db.write(c -> {
                if (runs.incrementAndGet() <= 2) {
                    throw new SQLException("Deadlock detected", "40001");
                }
                return "committed";
            });
            assertThat(result).isEqualTo("committed");
            assertThat(runs).hasValue(3);
        }
    }

    @Test
    void a_conflict_that_persists_is_busy_after_four_runs() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:busy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null)) {
            AtomicInteger runs = new AtomicInteger();
            assertThatThrownBy(() -> db.write(c -> {
                runs.incrementAndGet();
                throw new SQLException("could not serialize access", "40001");
            })).isInstanceOf(StoreBusyException.class);
            assertThat(runs).hasValue(4);
        }
    }

    @Test
    void other_failures_are_not_run_again() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:busy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null)) {
            AtomicInteger runs = new AtomicInteger();
            assertThatThrownBy(() -> db.write(c -> {
                runs.incrementAndGet();
                throw new SQLException("duplicate key", "23505");
            })).isInstanceOf(SQLException.class).isNotInstanceOf(StoreBusyException.class);
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void a_writer_that_waits_past_its_limit_is_busy() throws Exception {
        WriteLock lock = WriteLock.waiting(200);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (WriteLock.Permit permit = lock.acquire()) {
                held.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThatThrownBy(lock::acquire).isInstanceOf(StoreBusyException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 5_000L);
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        lock.acquire().close();
    }

    @Test
    void busy_means_transient_failures_and_lost_connections_not_bad_sql() {
        assertThat(StoreBusyException.isBusy(new StoreException("write failed",
                new SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
        assertThat(StoreBusyException.isBusy(new StoreException("write failed",
                new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(StoreBusyException.isBusy(new StoreException("query failed",
                new SQLException("connection refused", "08001")))).isTrue();
        assertThat(StoreBusyException.isBusy(new StoreException("query failed",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(StoreBusyException.isBusy(new IllegalStateException("bug"))).isFalse();
    }
}
