-- Loaded in the first migration: loading the ~400 H2GIS aliases before Flyway's first run
-- would make it see a non-empty schema.
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();
