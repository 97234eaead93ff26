package org.housesafe.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.housesafe.platform.web.ApiException;

/**
 * Sign-in, sessions and the brute-force brakes. Sessions live in the database, known by the
 * hash of their cookie value, so they survive restarts and work across app servers.
 * <ul>
 * <li>More than {@value #ACCOUNT_FREE_FAILURES} failures for one account in 15 minutes: each
 * further try must wait 2, 4, 8 … seconds (at most 5 minutes) after the last failure. The count
 * forgets after 15 minutes, so the owner is never locked out for good.</li>
 * <li>More than {@value #CLIENT_MAX_FAILURES} failures from one client address in a minute: 429.</li>
 * </ul>
 * Unknown user, wrong password and disabled account give the same answer in the same time.
 */
public final class Sessions {
    static final int ACCOUNT_FREE_FAILURES = 5;
    static final int CLIENT_MAX_FAILURES = 20;
    private static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    private static final Duration CLIENT_WINDOW = Duration.ofMinutes(1);
    private static final long MAX_DELAY_SECONDS = 300;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);
    private static final Object[] CLIENT_LOCKS = locks(64);
    private static final Object[] USER_LOCKS = locks(64);

    /** A new session: the cookie value (shown to the browser only) and its user. */
    public record Started(String cookieValue, User user) {
    }

    private final AccountStore store;
    private final SecurityAudit audit;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final java.util.concurrent.Semaphore hashing = new java.util.concurrent.Semaphore(4, true);
    private final java.util.concurrent.atomic.AtomicReference<Instant> lastSweep =
            new java.util.concurrent.atomic.AtomicReference<>(Instant.EPOCH);

    public Sessions(AccountStore store, SecurityAudit audit, Clock clock, Duration idle, Duration absolute) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    public Started login(String username, String password, String client, String route) {
        User user = verify(username, password, client, route).orElseThrow(() -> new ApiException(401,
                "login-failed", "Login failed", "Wrong user name or password", List.of(), Map.of()));
        Instant now = clock.instant();
        sweepNowAndThen(now);
        String cookie = Secrets.random("");
        store.insertSession(Secrets.sha256(cookie), user.id(), now, now.plus(absolute));
        audit.record(username, client, route, "login", null);
        return new Started(cookie, user);
    }

    /**
     * Checks a password under the brakes: the enabled user when it is right; empty when not (the
     * failure is counted and audited); 429 while the account or the client must wait. Checks of
     * one account, and of one client, run one at a time, so parallel guesses cannot all pass the
     * count before any is recorded; Argon2 checks are capped, each needing 19 MiB.
     */
    public Optional<User> verify(String username, String password, String client, String route) {
        String name = username.toLowerCase(java.util.Locale.ROOT);
        synchronized (CLIENT_LOCKS[Math.floorMod(client.hashCode(), CLIENT_LOCKS.length)]) {
            synchronized (USER_LOCKS[Math.floorMod(name.hashCode(), USER_LOCKS.length)]) {
                Instant now = clock.instant();
                throttle(name, client, now, route);
                Optional<User> user = store.byName(name);
                boolean ok;
                hashing.acquireUninterruptibly();
                try {
                    ok = user.isPresent() ? Passwords.matches(password, user.get().passwordHash()) : burn(password);
                } finally {
                    hashing.release();
                }
                if (!ok || user.get().disabled()) {
                    store.recordFailure(name, client, now);
                    audit.record(username, client, route, "login_failed", null);
                    return Optional.empty();
                }
                store.clearFailures(name);
                return user;
            }
        }
    }

    private static boolean burn(String password) {
        Passwords.burn(password);
        return false;
    }

    private void throttle(String username, String client, Instant now, String route) {
        if (store.failuresOfClient(client, now.minus(CLIENT_WINDOW)) > CLIENT_MAX_FAILURES) {
            audit.record(username, client, route, "login_throttled_client", null);
            throw tooMany(CLIENT_WINDOW.toSeconds());
        }
        AccountStore.Failures f = store.failuresOf(username, now.minus(ACCOUNT_WINDOW));
        if (f.count() > ACCOUNT_FREE_FAILURES) {
            long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(20, f.count() - ACCOUNT_FREE_FAILURES));
            long wait = Duration.between(now, f.last().plusSeconds(delay)).toSeconds();
            if (wait > 0) {
                audit.record(username, client, route, "login_throttled_account", null);
                throw tooMany(wait);
            }
        }
    }

    private static ApiException tooMany(long seconds) {
        return new ApiException(429, "too-many-attempts", "Too many login attempts",
                "Too many failed logins; try again in " + seconds + " s", List.of(),
                Map.of("retryAfter", seconds));
    }

    /** The session's user, if the cookie names a live session of an enabled user. */
    public Optional<Caller> authenticate(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(cookieValue);
        Instant now = clock.instant();
        return store.session(hash).filter(s -> !s.user().disabled())
                .filter(s -> now.isBefore(s.expiresAt()) && now.isBefore(s.lastSeenAt().plus(idle)))
                .map(s -> {
                    if (now.isAfter(s.lastSeenAt().plus(TOUCH_EVERY))) {
                        store.touchSession(hash, now);
                    }
                    User u = s.user();
                    return new Caller(u.id(), u.username(), u.role(), u.scope(), Caller.Via.SESSION);
                });
    }

    public void logout(String cookieValue) {
        if (cookieValue != null) {
            store.deleteSession(Secrets.sha256(cookieValue));
        }
    }

    /** Ends every session of the user except the one with {@code keepCookie} (may be null). */
    public void endOtherSessions(User user, String keepCookie) {
        if (keepCookie == null) {
            store.deleteSessionsOf(user.id());
        } else {
            store.deleteOtherSessions(user.id(), Secrets.sha256(keepCookie));
        }
    }

    private static Object[] locks(int n) {
        Object[] locks = new Object[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new Object();
        }
        return locks;
    }

    /** Deletes expired sessions and forgotten failures, at most every few minutes. */
    private void sweepNowAndThen(Instant now) {
        Instant last = lastSweep.get();
        if (now.isAfter(last.plus(SWEEP_EVERY)) && lastSweep.compareAndSet(last, now)) {
            store.deleteExpiredSessions(now, now.minus(idle));
            store.deleteOldFailures(now.minus(ACCOUNT_WINDOW));
        }
    }
}
