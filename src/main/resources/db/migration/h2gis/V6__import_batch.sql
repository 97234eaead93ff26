-- Same table as db/migration/postgis/V6__import_batch.sql.
CREATE TABLE import_batch (
    id            UUID         PRIMARY KEY,
    file_name     VARCHAR(200) NOT NULL,
    sha256        VARCHAR(64),
    feature_count INTEGER      NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_batch_started_idx ON import_batch (started_at);
