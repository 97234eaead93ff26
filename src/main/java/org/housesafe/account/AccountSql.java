package org.housesafe.account;

/** The account store's SQL, the same on both backends. */
final class AccountSql {
    static final String USER_COLUMNS =
            "id, username, role, scope, password_hash, disabled, demo, created_at, password_changed_at";
    static final String INSERT_USER = "INSERT INTO app_user (" + USER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String USER_BY_NAME = "SELECT " + USER_COLUMNS + " FROM app_user WHERE username = ?";
    static final String USER_BY_ID = "SELECT " + USER_COLUMNS + " FROM app_user WHERE id = ?";
    static final String ALL_USERS = "SELECT " + USER_COLUMNS + " FROM app_user ORDER BY username";
    static final String UPDATE_USER = "UPDATE app_user SET role = ?, scope = ?, disabled = ? WHERE id = ?";
    static final String UPDATE_PASSWORD =
            "UPDATE app_user SET password_hash = ?, password_changed_at = ? WHERE id = ?";
    static final String ACTIVE_ADMINS = "SELECT COUNT(*) FROM app_user WHERE role = 'admin' AND disabled = FALSE";
    static final String ACTIVE_ADMIN_EXISTS =
            "SELECT 1 FROM app_user WHERE role = 'admin' AND disabled = FALSE FETCH FIRST 1 ROWS ONLY";

    static final String INSERT_SESSION =
            "INSERT INTO app_session (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)";
    static final String SESSION_USER = """
            SELECT s.last_seen_at, s.expires_at, u.id, u.username, u.role, u.scope, u.password_hash, u.disabled,
                   u.demo, u.created_at, u.password_changed_at
              FROM app_session s JOIN app_user u ON u.id = s.user_id WHERE s.id_hash = ?""";
    static final String TOUCH_SESSION = "UPDATE app_session SET last_seen_at = ? WHERE id_hash = ?";
    static final String DELETE_SESSION = "DELETE FROM app_session WHERE id_hash = ?";
    static final String DELETE_USER_SESSIONS = "DELETE FROM app_session WHERE user_id = ?";
    static final String DELETE_OTHER_SESSIONS = "DELETE FROM app_session WHERE user_id = ? AND id_hash <> ?";
    static final String DELETE_EXPIRED_SESSIONS = "DELETE FROM app_session WHERE expires_at < ? OR last_seen_at < ?";

    static final String TOKEN_COLUMNS = "id, user_id, name, created_at, expires_at, revoked_at, last_used_at";
    static final String INSERT_TOKEN =
            "INSERT INTO api_token (id, user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)";
    static final String TOKENS_OF = "SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE user_id = ? ORDER BY created_at";
    static final String TOKEN_USER = """
            SELECT t.id AS token_id, t.expires_at AS token_expires, t.revoked_at, t.last_used_at,
                   u.id, u.username, u.role, u.scope, u.password_hash, u.disabled, u.demo, u.created_at,
                   u.password_changed_at
              FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ?""";
    static final String TOUCH_TOKEN = "UPDATE api_token SET last_used_at = ? WHERE id = ?";
    static final String REVOKE_TOKEN =
            "UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL";
    static final String REVOKE_USER_TOKENS = "UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL";

    static final String INSERT_FAILURE = "INSERT INTO login_failure (username, client, at) VALUES (?, ?, ?)";
    static final String FAILURES_OF_USER = "SELECT COUNT(*) AS n, MAX(at) AS last_at FROM login_failure WHERE username = ? AND at > ?";
    static final String FAILURES_OF_CLIENT = "SELECT COUNT(*) FROM login_failure WHERE client = ? AND at > ?";
    static final String CLEAR_FAILURES = "DELETE FROM login_failure WHERE username = ?";
    static final String DELETE_OLD_FAILURES = "DELETE FROM login_failure WHERE at < ?";

    static final String INSERT_EVENT =
            "INSERT INTO security_event (at, username, client, route, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)";
    static final String EVENT_COLUMNS = "SELECT at, username, client, route, outcome, detail FROM security_event";
    static final String NEWEST_FIRST = " ORDER BY id DESC FETCH FIRST ? ROWS ONLY";

    private AccountSql() {
    }
}
