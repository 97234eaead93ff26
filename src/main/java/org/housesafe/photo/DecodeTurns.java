package org.housesafe.photo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.housesafe.platform.web.ApiException;

/**
 * Turns to decode a photo: at most {@code concurrent} at once over the server (decoding is
 * memory-heavy), and at most one at a time per user, so that one user sending many uploads at
 * once waits behind their own and never holds more than one of the server's turns: another user
 * finds a free turn unless {@code concurrent} other users are each decoding one photo. A caller
 * that waits longer than {@code patience} for either gets a 503. One small lock is kept per user
 * who has uploaded (bounded by the accounts).
 */
final class DecodeTurns {
    /** A turn taken; closing it gives it back. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore server;
    private final Map<Object, Semaphore> users = new ConcurrentHashMap<>();
    private final Duration patience;

    DecodeTurns(int concurrent, Duration patience) {
        this.server = new Semaphore(concurrent, true);
        this.patience = patience;
    }

    /** Waits for {@code owner}'s turn, then the server's. @throws ApiException 503 after {@code patience} */
    Turn take(Object owner) {
        long deadline = System.nanoTime() + patience.toNanos();
        Semaphore own = users.computeIfAbsent(owner, k -> new Semaphore(1, true));
        if (!acquire(own, deadline)) {
            throw busy("Your other photos are still being processed; try again shortly");
        }
        if (!acquire(server, deadline)) {
            own.release();
            throw busy("Too many photos are being processed; try again shortly");
        }
        return () -> {
            server.release();
            own.release();
        };
    }

    private static boolean acquire(Semaphore s, long deadline) {
        try {
            return s.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ApiException busy(String detail) {
        return new ApiException(503, "busy", "Busy", detail, List.of(), Map.of("retryAfter", 5L));
    }
}
