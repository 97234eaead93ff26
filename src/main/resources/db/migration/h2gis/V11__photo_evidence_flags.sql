-- What the evidence check found when an event claimed the photo: the same columns as
-- db/migration/postgis/V10__photo_evidence_flags.sql, which says what they hold.
ALTER TABLE photo ADD COLUMN evidence_flags VARCHAR(100);
ALTER TABLE photo ADD COLUMN distance_m DOUBLE PRECISION;
