-- Idempotency: the first answer to a write, replayed for a repeat of its key (kept >= 7 days).
CREATE TABLE idempotency_key (
    idem_key     uuid         PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES app_user (id),
    method       varchar(10)  NOT NULL,
    path         varchar(300) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    status       integer      NOT NULL,
    etag         varchar(40),
    location     varchar(300),
    body         text         NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- Photos as evidence: re-encoded JPEG and thumbnail, kept in the database with the event.
CREATE TABLE photo (
    id            uuid         PRIMARY KEY,
    building_id   uuid         NOT NULL REFERENCES building (id),
    event_seq     integer,
    uploaded_by   uuid         NOT NULL REFERENCES app_user (id),
    uploaded_at   timestamptz  NOT NULL,
    content       bytea        NOT NULL,
    thumbnail     bytea        NOT NULL,
    width         integer      NOT NULL,
    height        integer      NOT NULL,
    taken_at      timestamptz,
    lon           double precision,
    lat           double precision,
    original_name varchar(100),
    FOREIGN KEY (building_id, event_seq) REFERENCES building_event (building_id, seq)
);
CREATE INDEX photo_building_idx ON photo (building_id, event_seq);

-- History is append-only: no UPDATE, DELETE or TRUNCATE of events through the application.
CREATE FUNCTION building_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'building_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER building_event_no_change BEFORE UPDATE OR DELETE ON building_event
    FOR EACH ROW EXECUTE FUNCTION building_event_append_only();
CREATE TRIGGER building_event_no_truncate BEFORE TRUNCATE ON building_event
    FOR EACH STATEMENT EXECUTE FUNCTION building_event_append_only();

-- The head of each building's chain, written with every event: deleting or rewriting the last
-- event (which nothing else points to) is then caught too.
ALTER TABLE building ADD COLUMN head_seq integer;
ALTER TABLE building ADD COLUMN head_hash varchar(64);
UPDATE building SET
    head_seq = (SELECT MAX(e.seq) FROM building_event e WHERE e.building_id = building.id),
    head_hash = (SELECT e.hash FROM building_event e WHERE e.building_id = building.id
                  ORDER BY e.seq DESC FETCH FIRST 1 ROWS ONLY);
