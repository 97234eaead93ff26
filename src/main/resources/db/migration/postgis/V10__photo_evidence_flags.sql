-- What the evidence check found when an event claimed the photo (org.housesafe.photo.EvidenceCheck,
-- issue 14 point 6): codes joined by commas ('' when nothing), NULL while not checked — unclaimed
-- photos, and those claimed before this migration (their checks are not made up afterwards).
-- distance_m: metres from the EXIF position to the footprint, when checked and it has one.
ALTER TABLE photo ADD COLUMN evidence_flags varchar(100);
ALTER TABLE photo ADD COLUMN distance_m double precision;
