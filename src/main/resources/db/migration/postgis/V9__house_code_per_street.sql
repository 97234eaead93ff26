-- House codes are unique within a street, no longer across the service (issue 13 point 7): a
-- clash can then only be with a building the writer may see (writes stay within one's streets),
-- so a refused code never reveals a building of another street. JGJ/T 496 unified codes are
-- unique nationwide anyway; imported local codes (门牌 numbers, survey serials) often repeat
-- between streets. House code first: the index also serves lookups by code alone.
ALTER TABLE building DROP CONSTRAINT building_house_code_key;
ALTER TABLE building ADD CONSTRAINT building_house_code_street_key UNIQUE (house_code, street_code);
