-- Same column as db/migration/postgis/V4__hazard_types.sql: the survey's hazard types as ',a,b,',
-- derived from the attributes by the database on every write, so that the hazard-type filter
-- needs no JSON at query time and no writer can forget it.
CREATE ALIAS HAZARD_TYPE_LIST DETERMINISTIC FOR "org.housesafe.building.HazardTypeColumn.of";
ALTER TABLE building ADD COLUMN hazard_types VARCHAR(400) GENERATED ALWAYS AS (HAZARD_TYPE_LIST(attributes));
