-- Accounts, sessions, API tokens, login failures and the security audit.
CREATE TABLE app_user (
    id                  uuid         PRIMARY KEY,
    username            varchar(64)  NOT NULL UNIQUE,
    role                varchar(20)  NOT NULL,
    scope               varchar(2000) NOT NULL,   -- '*' for every street, else comma-separated street codes
    password_hash       varchar(200) NOT NULL,
    disabled            boolean      NOT NULL DEFAULT false,
    demo                boolean      NOT NULL DEFAULT false,
    created_at          timestamptz  NOT NULL,
    password_changed_at timestamptz  NOT NULL
);

-- A session is known by the SHA-256 of its cookie value: a database leak yields no usable cookie.
CREATE TABLE app_session (
    id_hash      varchar(64) PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES app_user (id),
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX app_session_user_idx ON app_session (user_id);

CREATE TABLE api_token (
    id           uuid         PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES app_user (id),
    name         varchar(100) NOT NULL,
    token_hash   varchar(64)  NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

CREATE TABLE login_failure (
    username varchar(64)  NOT NULL,
    client   varchar(64)  NOT NULL,
    at       timestamptz  NOT NULL
);
CREATE INDEX login_failure_user_idx ON login_failure (username, at);
CREATE INDEX login_failure_client_idx ON login_failure (client, at);

CREATE TABLE security_event (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz  NOT NULL,
    username varchar(200),
    client   varchar(64)  NOT NULL,
    route    varchar(300) NOT NULL,
    outcome  varchar(40)  NOT NULL,
    detail   varchar(500)
);
CREATE INDEX security_event_at_idx ON security_event (at);
