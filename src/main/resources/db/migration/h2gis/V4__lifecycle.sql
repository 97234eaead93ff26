-- Same tables as db/migration/postgis/V3__lifecycle.sql. The append-only trigger is PostGIS's:
-- the embedded database serves one office on one machine, where its file is the trust boundary.
CREATE TABLE idempotency_key (
    idem_key     UUID         PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES app_user (id),
    method       VARCHAR(10)  NOT NULL,
    path         VARCHAR(300) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    status       INTEGER      NOT NULL,
    etag         VARCHAR(40),
    location     VARCHAR(300),
    body         CHARACTER LARGE OBJECT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

CREATE TABLE photo (
    id            UUID         PRIMARY KEY,
    building_id   UUID         NOT NULL REFERENCES building (id),
    event_seq     INTEGER,
    uploaded_by   UUID         NOT NULL REFERENCES app_user (id),
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    content       BINARY LARGE OBJECT NOT NULL,
    thumbnail     BINARY LARGE OBJECT NOT NULL,
    width         INTEGER      NOT NULL,
    height        INTEGER      NOT NULL,
    taken_at      TIMESTAMP WITH TIME ZONE,
    lon           DOUBLE PRECISION,
    lat           DOUBLE PRECISION,
    original_name VARCHAR(100),
    FOREIGN KEY (building_id, event_seq) REFERENCES building_event (building_id, seq)
);
CREATE INDEX photo_building_idx ON photo (building_id, event_seq);

-- The head of each building's chain, written with every event: deleting or rewriting the last
-- event (which nothing else points to) is then caught too.
ALTER TABLE building ADD COLUMN head_seq integer;
ALTER TABLE building ADD COLUMN head_hash varchar(64);
UPDATE building SET
    head_seq = (SELECT MAX(e.seq) FROM building_event e WHERE e.building_id = building.id),
    head_hash = (SELECT e.hash FROM building_event e WHERE e.building_id = building.id
                  ORDER BY e.seq DESC FETCH FIRST 1 ROWS ONLY);
