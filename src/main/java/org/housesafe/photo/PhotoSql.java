package org.housesafe.photo;

/** The SQL of {@link PhotoStore}, the same text on both backends; every value is bound. */
final class PhotoSql {
    private PhotoSql() {
    }

    static final String COLUMNS = """
            id, building_id, event_seq, uploaded_by, uploaded_at, width, height, taken_at, lon, lat, original_name,
            evidence_flags, distance_m""";

    static final String INSERT = """
            INSERT INTO photo (id, building_id, event_seq, uploaded_by, uploaded_at, width, height, taken_at,
                               lon, lat, original_name, content, thumbnail)
            VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String FIND = "SELECT " + COLUMNS + " FROM photo WHERE id = ?";

    static final String BY_BUILDING = "SELECT " + COLUMNS + " FROM photo WHERE building_id = ?"
            + " ORDER BY uploaded_at, id";

    /** Two fixed statements rather than a column name chosen at run time. */
    static final String CONTENT = "SELECT content FROM photo WHERE id = ?";
    static final String THUMBNAIL = "SELECT thumbnail FROM photo WHERE id = ?";

    /** Locks the claimable photos among the ids; followed by " IN (…)" and FOR UPDATE. */
    static final String CLAIMABLE = "SELECT id, taken_at, lon, lat FROM photo"
            + " WHERE building_id = ? AND event_seq IS NULL AND ";

    /** One claimed photo, with what {@link EvidenceCheck} found ('' when nothing). */
    static final String ATTACH = """
            UPDATE photo SET event_seq = ?, evidence_flags = ?, distance_m = ?
             WHERE id = ? AND building_id = ? AND event_seq IS NULL""";

    /** The footprint the evidence is checked against: the building as the event's transaction left it. */
    static final String FOOTPRINT = "SELECT ST_AsBinary(footprint) FROM building WHERE id = ?";

    /**
     * When the order an event documents was given: the latest earlier event that is a lifecycle
     * step (see {@link EvidenceCheck}); followed by " NOT IN (…)" and the ordering.
     */
    static final String ORDER = "SELECT occurred_at FROM building_event WHERE building_id = ? AND seq < ? AND ";
    static final String LATEST_FIRST = " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY";

    static final String PENDING_BY_USER = "SELECT COUNT(*) FROM photo WHERE uploaded_by = ? AND event_seq IS NULL";

    static final String PURGE = "DELETE FROM photo WHERE event_seq IS NULL AND uploaded_at < ?";
}
