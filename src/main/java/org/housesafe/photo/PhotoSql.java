package org.housesafe.photo;

/** The SQL of {@link PhotoStore}, the same text on both backends; every value is bound. */
final class PhotoSql {
    private PhotoSql() {
    }

    static final String COLUMNS = """
            id, building_id, event_seq, uploaded_by, uploaded_at, width, height, taken_at, lon, lat, original_name""";

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
    static final String CLAIMABLE = "SELECT id FROM photo WHERE building_id = ? AND event_seq IS NULL AND ";

    static final String ATTACH = "UPDATE photo SET event_seq = ? WHERE building_id = ? AND event_seq IS NULL AND ";

    static final String PENDING_BY_USER = "SELECT COUNT(*) FROM photo WHERE uploaded_by = ? AND event_seq IS NULL";

    static final String PURGE = "DELETE FROM photo WHERE event_seq IS NULL AND uploaded_at < ?";
}
