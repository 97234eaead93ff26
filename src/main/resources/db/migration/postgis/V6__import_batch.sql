-- One row per bulk import (CLI `import` or the admin upload), written in the import's own
-- transaction: the first event of each imported building names it in its payload ("importId").
CREATE TABLE import_batch (
    id            uuid         PRIMARY KEY,
    file_name     varchar(200) NOT NULL,
    sha256        varchar(64),
    feature_count integer      NOT NULL,
    actor         varchar(100) NOT NULL,
    role          varchar(30)  NOT NULL,
    started_at    timestamptz  NOT NULL,
    finished_at   timestamptz  NOT NULL
);
CREATE INDEX import_batch_started_idx ON import_batch (started_at);
