-- Same tables as db/migration/postgis/V1__schema.sql; only the types differ.
CREATE TABLE admin_unit (
    code        VARCHAR(12)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(10)  NOT NULL CHECK (level IN ('street', 'community')),
    parent_code VARCHAR(12)  REFERENCES admin_unit (code),
    synthetic   BOOLEAN      NOT NULL DEFAULT FALSE,
    boundary    GEOMETRY(GEOMETRY, 4326) NOT NULL
);
CREATE SPATIAL INDEX admin_unit_boundary_idx ON admin_unit (boundary);

CREATE TABLE building (
    id                  UUID         PRIMARY KEY,
    house_code          VARCHAR(40)  NOT NULL UNIQUE,
    address             VARCHAR(200) NOT NULL,
    street_code         VARCHAR(12)  NOT NULL REFERENCES admin_unit (code),
    community_code      VARCHAR(12)  REFERENCES admin_unit (code),
    footprint           GEOMETRY(GEOMETRY, 4326) NOT NULL,
    footprint_area      DOUBLE PRECISION NOT NULL,
    floor_area          DOUBLE PRECISION,
    floors_above        INTEGER,
    use_type            VARCHAR(20),
    structure           VARCHAR(20),
    construction_period VARCHAR(20),
    vacant              BOOLEAN      NOT NULL DEFAULT FALSE,
    status              VARCHAR(30)  NOT NULL,
    judgement           VARCHAR(10),
    grade               VARCHAR(1),
    deadline            DATE,
    batch               VARCHAR(100),
    attributes          CHARACTER LARGE OBJECT NOT NULL,
    version             INTEGER      NOT NULL DEFAULT 1,
    surveyed_at         TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE SPATIAL INDEX building_footprint_idx ON building (footprint);
CREATE INDEX building_street_status_idx ON building (street_code, status);
CREATE INDEX building_community_idx ON building (community_code);
CREATE INDEX building_status_idx ON building (status);
CREATE INDEX building_judgement_idx ON building (judgement);
CREATE INDEX building_grade_idx ON building (grade);

CREATE TABLE building_event (
    building_id  UUID         NOT NULL REFERENCES building (id),
    seq          INTEGER      NOT NULL,
    type         VARCHAR(30)  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    role         VARCHAR(30)  NOT NULL,
    reason       CHARACTER LARGE OBJECT,
    payload      CHARACTER LARGE OBJECT NOT NULL,
    client_op_id UUID         UNIQUE,
    prev_hash    VARCHAR(64),
    hash         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (building_id, seq)
);
CREATE INDEX building_event_time_idx ON building_event (occurred_at);
