-- House codes are unique within a street, no longer across the service: the same rule as
-- db/migration/postgis/V9__house_code_per_street.sql, which says why. H2 named the old UNIQUE
-- constraint itself, so the column is rebuilt in place (same position) without it.
ALTER TABLE building ADD COLUMN house_code_per_street VARCHAR(40) BEFORE address;
UPDATE building SET house_code_per_street = house_code;
ALTER TABLE building DROP COLUMN house_code;
ALTER TABLE building ALTER COLUMN house_code_per_street RENAME TO house_code;
ALTER TABLE building ALTER COLUMN house_code SET NOT NULL;
ALTER TABLE building ADD CONSTRAINT building_house_code_street_key UNIQUE (house_code, street_code);
