package org.housesafe.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test sets or moves by hand, so that expiry, purges and deadlines are tested
 * without sleeping. It only moves forward: the app's purges read it too. The server's threads
 * see every move, and so does every view {@link #withZone} returns (they share the time).
 */
public class TestClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TestClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Starts at the real time (to the millisecond), for apps that reckon token expiry from today. */
    public static TestClock startingNow() {
        return new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** @throws IllegalArgumentException if {@code at} lies before the current time */
    public void set(Instant at) {
        now.updateAndGet(t -> {
            if (at.isBefore(t)) {
                throw new IllegalArgumentException("the test clock only moves forward: " + t + " → " + at);
            }
            return at;
        });
    }

    /** @throws IllegalArgumentException if {@code d} is negative */
    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward: " + d);
        }
        now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(now, zone);
    }
}
