package org.housesafe.account;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * API-token lookups remembered for a few seconds, so that a GIS client asking for hundreds of
 * tiles a second does not pay a database round trip per request (BENCHMARKS.md). Every account
 * write of this server forgets everything at once: a revoked token, a disabled user or a changed
 * role or scope takes effect immediately here, and within {@link #TTL} on other servers sharing
 * the database. Only live lookups are kept, so unknown tokens cannot fill it.
 */
final class TokenCache {
    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(AccountStore.TokenRow row, long generation, long loadedAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The row of {@code tokenHash}: remembered if loaded less than {@link #TTL} ago since the last write, else loaded. */
    Optional<AccountStore.TokenRow> get(String tokenHash, Function<String, Optional<AccountStore.TokenRow>> load) {
        long now = System.nanoTime();
        long gen = generation.get();
        Entry e = entries.get(tokenHash);
        if (e != null && e.generation() == gen && now - e.loadedAt() < TTL.toNanos()) {
            return Optional.of(e.row());
        }
        Optional<AccountStore.TokenRow> row = load.apply(tokenHash);
        if (row.isPresent() && generation.get() == gen) {   // no write since the load began
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(tokenHash, new Entry(row.get(), gen, now));
        }
        return row;
    }

    /** After any write to users or tokens. */
    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
