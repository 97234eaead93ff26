package org.housesafe.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.housesafe.lifecycle.Coded;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;

/**
 * Users, sessions, API tokens, login failures and security events, in either backend. Secrets
 * are stored only as hashes: Argon2id for passwords, SHA-256 for session ids and tokens (both
 * are 256-bit random values, so a fast hash is enough).
 */
public final class AccountStore {

    /** A session row with its user. */
    public record SessionRow(User user, Instant lastSeenAt, Instant expiresAt) {
    }

    /** A token row with its user. */
    public record TokenRow(User user, UUID tokenId, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    /** A token as listed to its owner or an admin; never the secret. */
    public record Token(UUID id, UUID userId, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                        Instant lastUsedAt) {
    }

    /** Recent failed logins of one account. */
    public record Failures(int count, Instant last) {
    }

    /** One line of the security audit. */
    public record SecurityEvent(Instant at, String username, String client, String route, String outcome,
                                String detail) {
    }

    private final Jdbc jdbc;
    private final TokenCache tokens = new TokenCache();

    public AccountStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** @throws org.housesafe.platform.db.StoreException also when the user name is taken */
    public void insert(User u) {
        jdbc.update(AccountSql.INSERT_USER, u.id(), u.username(), u.role().code(), u.scope().stored(),
                u.passwordHash(), u.disabled(), u.demo(), u.createdAt(), u.passwordChangedAt());
        tokens.forgetAll();
    }

    public Optional<User> byName(String username) {
        return jdbc.one(AccountSql.USER_BY_NAME, AccountStore::user, username);
    }

    public Optional<User> byId(UUID id) {
        return jdbc.one(AccountSql.USER_BY_ID, AccountStore::user, id);
    }

    public List<User> all() {
        return jdbc.list(AccountSql.ALL_USERS, AccountStore::user);
    }

    public void update(User u) {
        jdbc.update(AccountSql.UPDATE_USER, u.role().code(), u.scope().stored(), u.disabled(), u.id());
        tokens.forgetAll();
    }

    public void setPassword(UUID userId, String hash, Instant at) {
        jdbc.update(AccountSql.UPDATE_PASSWORD, hash, at, userId);
        tokens.forgetAll();
    }

    public int activeAdmins() {
        return jdbc.one(AccountSql.ACTIVE_ADMINS, rs -> rs.getInt(1)).orElse(0);
    }

    public boolean activeAdminExists() {
        return jdbc.one(AccountSql.ACTIVE_ADMIN_EXISTS, rs -> true).isPresent();
    }

    public void insertSession(String idHash, UUID userId, Instant now, Instant expiresAt) {
        jdbc.update(AccountSql.INSERT_SESSION, idHash, userId, now, now, expiresAt);
    }

    public Optional<SessionRow> session(String idHash) {
        return jdbc.one(AccountSql.SESSION_USER, rs -> new SessionRow(user(rs), Sql.instant(rs, "last_seen_at"),
                Sql.instant(rs, "expires_at")), idHash);
    }

    public void touchSession(String idHash, Instant now) {
        jdbc.update(AccountSql.TOUCH_SESSION, now, idHash);
    }

    public void deleteSession(String idHash) {
        jdbc.update(AccountSql.DELETE_SESSION, idHash);
    }

    public void deleteSessionsOf(UUID userId) {
        jdbc.update(AccountSql.DELETE_USER_SESSIONS, userId);
    }

    public void deleteOtherSessions(UUID userId, String keepIdHash) {
        jdbc.update(AccountSql.DELETE_OTHER_SESSIONS, userId, keepIdHash);
    }

    public void deleteExpiredSessions(Instant now, Instant idleBefore) {
        jdbc.update(AccountSql.DELETE_EXPIRED_SESSIONS, now, idleBefore);
    }

    public void insertToken(Token t, String tokenHash) {
        jdbc.update(AccountSql.INSERT_TOKEN, t.id(), t.userId(), t.name(), tokenHash, t.createdAt(), t.expiresAt());
        tokens.forgetAll();
    }

    public List<Token> tokensOf(UUID userId) {
        return jdbc.list(AccountSql.TOKENS_OF, rs -> new Token(rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("name"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "expires_at"), Sql.instant(rs, "revoked_at"), Sql.instant(rs, "last_used_at")), userId);
    }

    /** The token of that hash with its user; remembered for a few seconds ({@link TokenCache}). */
    public Optional<TokenRow> token(String tokenHash) {
        return tokens.get(tokenHash, hash -> jdbc.one(AccountSql.TOKEN_USER, rs -> new TokenRow(user(rs),
                rs.getObject("token_id", UUID.class), Sql.instant(rs, "token_expires"), Sql.instant(rs, "revoked_at"),
                Sql.instant(rs, "last_used_at")), hash));
    }

    public void touchToken(UUID tokenId, Instant now) {
        jdbc.update(AccountSql.TOUCH_TOKEN, now, tokenId);
        tokens.forgetAll();
    }

    /** @return whether a live token of that user was revoked */
    public boolean revokeToken(UUID tokenId, UUID userId, Instant now) {
        boolean revoked = jdbc.update(AccountSql.REVOKE_TOKEN, now, tokenId, userId) == 1;
        tokens.forgetAll();
        return revoked;
    }

    /** Revokes every live token of the user; the cache forgets them before this returns. */
    public int revokeTokensOf(UUID userId, Instant now) {
        int revoked = jdbc.update(AccountSql.REVOKE_USER_TOKENS, now, userId);
        tokens.forgetAll();
        return revoked;
    }

    public void recordFailure(String username, String client, Instant at) {
        jdbc.update(AccountSql.INSERT_FAILURE, username, client, at);
    }

    /** Failures of {@code username} since {@code since}: how many, and the latest time. */
    public Failures failuresOf(String username, Instant since) {
        return jdbc.one(AccountSql.FAILURES_OF_USER, rs -> new Failures(rs.getInt("n"), Sql.instant(rs, "last_at")),
                username, since).orElse(new Failures(0, null));
    }

    public int failuresOfClient(String client, Instant since) {
        return jdbc.one(AccountSql.FAILURES_OF_CLIENT, rs -> rs.getInt(1), client, since).orElse(0);
    }

    public void clearFailures(String username) {
        jdbc.update(AccountSql.CLEAR_FAILURES, username);
    }

    public void deleteOldFailures(Instant before) {
        jdbc.update(AccountSql.DELETE_OLD_FAILURES, before);
    }

    public void recordEvent(SecurityEvent e) {
        jdbc.update(AccountSql.INSERT_EVENT, e.at(), e.username(), e.client(), e.route(), e.outcome(), e.detail());
    }

    public List<SecurityEvent> recentEvents(int limit) {
        return recentEvents(limit, List.of());
    }

    /** The newest {@code limit} events, only those with one of {@code outcomes} unless it is empty. */
    public List<SecurityEvent> recentEvents(int limit, List<String> outcomes) {
        Sql sql = new Sql().append(AccountSql.EVENT_COLUMNS);
        if (!outcomes.isEmpty()) {
            sql.append(" WHERE ").in("outcome", outcomes);
        }
        sql.append(AccountSql.NEWEST_FIRST, limit);
        return jdbc.list(sql.text(), rs -> new SecurityEvent(Sql.instant(rs, "at"),
                rs.getString("username"), rs.getString("client"), rs.getString("route"), rs.getString("outcome"),
                rs.getString("detail")), sql.params().toArray());
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getObject("id", UUID.class), rs.getString("username"),
                Coded.byCode(Role.class, rs.getString("role")).orElseThrow(),
                Scope.fromStored(rs.getString("scope")), rs.getString("password_hash"), rs.getBoolean("disabled"),
                rs.getBoolean("demo"), Sql.instant(rs, "created_at"), Sql.instant(rs, "password_changed_at"));
    }
}
