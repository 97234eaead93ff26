-- Same tables as db/migration/postgis/V2__accounts.sql.
CREATE TABLE app_user (
    id                  UUID         PRIMARY KEY,
    username            varchar(64)  NOT NULL UNIQUE,
    role                varchar(20)  NOT NULL,
    scope               varchar(2000) NOT NULL,   -- '*' for every street, else comma-separated street codes
    password_hash       varchar(200) NOT NULL,
    disabled            boolean      NOT NULL DEFAULT false,
    demo                boolean      NOT NULL DEFAULT false,
    created_at          TIMESTAMP WITH TIME ZONE  NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE  NOT NULL
);

-- A session is known by the SHA-256 of its cookie value: a database leak yields no usable cookie.
CREATE TABLE app_session (
    id_hash      varchar(64) PRIMARY KEY,
    user_id      UUID        NOT NULL REFERENCES app_user (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX app_session_user_idx ON app_session (user_id);

CREATE TABLE api_token (
    id           UUID         PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES app_user (id),
    name         varchar(100) NOT NULL,
    token_hash   varchar(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

CREATE TABLE login_failure (
    username varchar(64)  NOT NULL,
    client   varchar(64)  NOT NULL,
    at       TIMESTAMP WITH TIME ZONE  NOT NULL
);
CREATE INDEX login_failure_user_idx ON login_failure (username, at);
CREATE INDEX login_failure_client_idx ON login_failure (client, at);

CREATE TABLE security_event (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       TIMESTAMP WITH TIME ZONE  NOT NULL,
    username varchar(200),
    client   varchar(64)  NOT NULL,
    route    varchar(300) NOT NULL,
    outcome  varchar(40)  NOT NULL,
    detail   varchar(500)
);
CREATE INDEX security_event_at_idx ON security_event (at);
