-- The survey's hazard types as ',a,b,' (sorted; NULL when none), derived from the attributes by
-- the database on every write, so that the hazard-type filter needs no JSON at query time and no
-- writer can forget it. Same values as the embedded database's HazardTypeColumn.
CREATE FUNCTION hazard_type_list(attributes jsonb) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
    SELECT ',' || string_agg(t, ',' ORDER BY t) || ','
      FROM (SELECT DISTINCT jsonb_array_elements_text(
                CASE WHEN jsonb_typeof(attributes #> '{survey,hazardTypes}') = 'array'
                     THEN attributes #> '{survey,hazardTypes}' ELSE '[]'::jsonb END) AS t) AS codes
$$;
ALTER TABLE building ADD COLUMN hazard_types varchar(400)
    GENERATED ALWAYS AS (hazard_type_list(attributes)) STORED;
