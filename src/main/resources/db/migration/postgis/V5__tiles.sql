-- Vector tiles (org.housesafe.tile). The footprint in Web Mercator for ST_AsMVTGeom, derived by
-- the database on every write (insert, update, COPY), so that no writer can forget it and no
-- tile pays for ST_Transform. Selection stays on the footprint's own index: no second index.
ALTER TABLE building ADD COLUMN footprint_3857 geometry(Geometry, 3857)
    GENERATED ALWAYS AS (ST_Transform(footprint, 3857)) STORED;

-- Every statement that changes buildings tells every app server, at commit, which areas it
-- touched: NOTIFY housesafe_tiles with a JSON array of lon/lat boxes [minLon, minLat, maxLon,
-- maxLat] (the rows before and after), and each server drops the cached tiles they meet. One
-- notification per statement: a bulk import sends one box, not one per row.
CREATE FUNCTION building_tiles_box(e box2d) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN e IS NULL THEN '[]'::jsonb
                ELSE jsonb_build_array(jsonb_build_array(ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e))) END
$$;

CREATE FUNCTION building_tiles_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    boxes jsonb := '[]';
BEGIN
    IF TG_OP <> 'INSERT' THEN
        boxes := boxes || building_tiles_box((SELECT ST_Extent(footprint) FROM old_rows));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        boxes := boxes || building_tiles_box((SELECT ST_Extent(footprint) FROM new_rows));
    END IF;
    IF jsonb_array_length(boxes) > 0 THEN
        PERFORM pg_notify('housesafe_tiles', boxes::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER building_tiles_insert AFTER INSERT ON building
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION building_tiles_notify();
CREATE TRIGGER building_tiles_update AFTER UPDATE ON building
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION building_tiles_notify();
CREATE TRIGGER building_tiles_delete AFTER DELETE ON building
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION building_tiles_notify();
