-- Streets and communities: the units statistics are counted by. Boundaries are what codes are
-- assigned from when a footprint is written.
CREATE TABLE admin_unit (
    code        varchar(12)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    level       varchar(10)  NOT NULL CHECK (level IN ('street', 'community')),
    parent_code varchar(12)  REFERENCES admin_unit (code),
    synthetic   boolean      NOT NULL DEFAULT false,
    boundary    geometry(Geometry, 4326) NOT NULL
);
CREATE INDEX admin_unit_boundary_idx ON admin_unit USING gist (boundary);

-- One row per building: the current projection of its history, plus its attributes.
CREATE TABLE building (
    id                  uuid         PRIMARY KEY,
    house_code          varchar(40)  NOT NULL UNIQUE,
    address             varchar(200) NOT NULL,
    street_code         varchar(12)  NOT NULL REFERENCES admin_unit (code),
    community_code      varchar(12)  REFERENCES admin_unit (code),
    footprint           geometry(Geometry, 4326) NOT NULL,
    footprint_area      double precision NOT NULL,
    floor_area          double precision,
    floors_above        integer,
    use_type            varchar(20),
    structure           varchar(20),
    construction_period varchar(20),
    vacant              boolean      NOT NULL DEFAULT false,
    status              varchar(30)  NOT NULL,
    judgement           varchar(10),
    grade               varchar(1),
    deadline            date,
    batch               varchar(100),
    attributes          jsonb        NOT NULL,
    version             integer      NOT NULL DEFAULT 1,
    surveyed_at         timestamptz,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX building_footprint_idx ON building USING gist (footprint);
CREATE INDEX building_street_status_idx ON building (street_code, status);
CREATE INDEX building_community_idx ON building (community_code);
CREATE INDEX building_status_idx ON building (status);
CREATE INDEX building_judgement_idx ON building (judgement);
CREATE INDEX building_grade_idx ON building (grade);

-- Append-only history; the building row is its projection.
CREATE TABLE building_event (
    building_id  uuid        NOT NULL REFERENCES building (id),
    seq          integer     NOT NULL,
    type         varchar(30) NOT NULL,
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL,
    actor        varchar(100) NOT NULL,
    role         varchar(30) NOT NULL,
    reason       text,
    payload      jsonb       NOT NULL,
    client_op_id uuid        UNIQUE,
    prev_hash    varchar(64),
    hash         varchar(64) NOT NULL,
    PRIMARY KEY (building_id, seq)
);
CREATE INDEX building_event_time_idx ON building_event (occurred_at);
