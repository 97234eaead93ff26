package org.housesafe.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.housesafe.platform.web.ApiException;

/**
 * API tokens for GIS clients and scripts: shown once at creation, stored as a SHA-256 hash,
 * optionally expiring, revocable by their owner or an admin.
 */
public final class Tokens {
    public static final String PREFIX = "hs_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A new token with its secret, which is never shown again. */
    public record Created(AccountStore.Token token, String secret) {
    }

    private final AccountStore store;
    private final SecurityAudit audit;
    private final Clock clock;

    public Tokens(AccountStore store, SecurityAudit audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param expires last day the token works (UTC), or null for no expiry */
    public Created create(User owner, String name, LocalDate expires) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty() || clean.length() > 100) {
            throw ApiException.invalid("invalid-token", "Invalid token", "name", "1 to 100 characters");
        }
        Instant now = clock.instant();
        Instant expiresAt = expires == null ? null : expires.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ApiException.invalid("invalid-token", "Invalid token", "expiresAt", "must be in the future");
        }
        String secret = Secrets.random(PREFIX);
        AccountStore.Token token = new AccountStore.Token(UUID.randomUUID(), owner.id(), clean, now, expiresAt, null, null);
        store.insertToken(token, Secrets.sha256(secret));
        return new Created(token, secret);
    }

    public List<AccountStore.Token> of(User owner) {
        return store.tokensOf(owner.id());
    }

    public void revoke(User owner, UUID tokenId) {
        if (!store.revokeToken(tokenId, owner.id(), clock.instant())) {
            throw ApiException.notFound("No live token " + tokenId);
        }
    }

    /** The token's user, if the token is live and its user enabled; use is audited once a minute. */
    public Optional<Caller> authenticate(String secret, String client, String route) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.token(Secrets.sha256(secret))
                .filter(t -> t.revokedAt() == null && !t.user().disabled())
                .filter(t -> t.expiresAt() == null || now.isBefore(t.expiresAt()))
                .map(t -> {
                    if (t.lastUsedAt() == null || now.isAfter(t.lastUsedAt().plus(TOUCH_EVERY))) {
                        store.touchToken(t.tokenId(), now);
                        audit.record(t.user().username(), client, route, "token_used", t.tokenId().toString());
                    }
                    User u = t.user();
                    return new Caller(u.id(), u.username(), u.role(), u.scope(), Caller.Via.TOKEN);
                });
    }
}
