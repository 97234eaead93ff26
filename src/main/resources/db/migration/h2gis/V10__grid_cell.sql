-- No R-tree in the embedded database. H2 2.3 cannot reopen a file whose undo log (a transaction
-- open when the process was killed) touches an R-tree map: it reads the map with the wrong type
-- (ClassCastException ValueDataType → SpatialDataType) and the whole file stays closed. Footprints
-- are found instead through a B-tree on a 0.002° grid cell (org.housesafe.platform.db.FootprintGrid
-- has the same constants); admin units, a few thousand at most, are read whole.
DROP INDEX building_footprint_idx;
DROP INDEX admin_unit_boundary_idx;
ALTER TABLE building ADD COLUMN grid_cell BIGINT GENERATED ALWAYS AS (
    CASE WHEN ST_XMax(footprint) - ST_XMin(footprint) > 0.002 OR ST_YMax(footprint) - ST_YMin(footprint) > 0.002
         THEN -1
         ELSE CAST(FLOOR(ST_XMin(footprint) / 0.002) AS BIGINT) * 1000000
              + CAST(FLOOR(ST_YMin(footprint) / 0.002) AS BIGINT) + 100000 END);
CREATE INDEX building_grid_cell_idx ON building (grid_cell);
