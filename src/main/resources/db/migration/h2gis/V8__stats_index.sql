-- Statistics by street × status read this index alone instead of the rows with their attribute
-- documents (BENCHMARKS.md). H2 has no INCLUDE: the summed columns are trailing key columns.
DROP INDEX building_street_status_idx;
CREATE INDEX building_street_status_idx ON building (street_code, status, footprint_area, floor_area);
