-- The change feed (GET /api/changes) reads the events recorded since a moment: without this
-- index every poll of every open map would scan the whole history.
CREATE INDEX building_event_recorded_idx ON building_event (recorded_at);
