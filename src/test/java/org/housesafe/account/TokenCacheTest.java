package org.housesafe.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The few-second memory of token lookups: one load, forgotten on every account write, unknown tokens never kept. */
class TokenCacheTest {
    private static final AccountStore.TokenRow ROW = new AccountStore.TokenRow(
            new User(UUID.randomUUID(), "gis", Role.PLANNER, Scope.ALL, "x", false, false, null, null),
            UUID.randomUUID(), null, null, null);

    private final TokenCache cache = new TokenCache();
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<AccountStore.TokenRow> load(String hash) {
        loads.incrementAndGet();
        return hash.equals("live") ? Optional.of(ROW) : Optional.empty();
    }

    @Test
    void a_live_token_is_loaded_once_and_then_remembered() {
        assertThat(cache.get("live", this::load)).contains(ROW);
        assertThat(cache.get("live", this::load)).contains(ROW);
        assertThat(loads).hasValue(1);
    }

    @Test
    void an_account_write_forgets_every_token_at_once() {
        cache.get("live", this::load);
        cache.forgetAll();
        cache.get("live", this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void an_unknown_token_is_asked_for_every_time() {
        assertThat(cache.get("guess", this::load)).isEmpty();
        assertThat(cache.get("guess", this::load)).isEmpty();
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_row_loaded_while_a_write_happened_is_not_kept() {
        cache.get("live", hash -> {
            cache.forgetAll();   // e.g. the token revoked between the read and the put
            return load(hash);
        });
        cache.get("live", this::load);
        assertThat(loads).hasValue(2);
    }
}
