package org.housesafe.photo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;

/**
 * Photos in either backend (bytea on PostGIS, BLOB on H2GIS: JDBC reads and writes both as
 * bytes). A photo is uploaded first, unattached, and becomes evidence when an event claims it
 * with {@link #attach}; one never claimed is removed by {@link #purgeUnattached}.
 */
public final class PhotoStore {
    /** Which of a photo's two images to read. */
    public enum Variant { FULL, THUMBNAIL }

    private final Jdbc jdbc;

    public PhotoStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** Stores a processed upload as an unattached photo of its building. */
    public void insert(Photo photo, byte[] content, byte[] thumbnail) {
        jdbc.update(PhotoSql.INSERT, photo.id(), photo.buildingId(), photo.uploadedBy(), photo.uploadedAt(),
                photo.width(), photo.height(), photo.takenAt(), photo.lon(), photo.lat(), photo.originalName(),
                content, thumbnail);
    }

    public Optional<Photo> find(UUID id) {
        return jdbc.one(PhotoSql.FIND, PhotoStore::photo, id);
    }

    /** The building's photos, attached or not, oldest first. */
    public List<Photo> byBuilding(UUID buildingId) {
        return jdbc.list(PhotoSql.BY_BUILDING, PhotoStore::photo, buildingId);
    }

    /** The JPEG bytes of the photo, or empty when there is no such photo. */
    public Optional<byte[]> image(UUID id, Variant variant) {
        String sql = variant == Variant.FULL ? PhotoSql.CONTENT : PhotoSql.THUMBNAIL;
        return jdbc.one(sql, rs -> rs.getBytes(1), id);
    }

    /**
     * Makes the photos evidence of event {@code eventSeq} of the building, inside the caller's
     * transaction on {@code c} (the event row must already be written there: the photo refers to
     * it). All or nothing: when any id is unknown, belongs to another building or is already
     * attached, nothing changes and the answer is {@code false}. The photos are locked until the
     * caller's transaction ends, so two events cannot both claim one photo. Duplicate ids count
     * once; an empty list is trivially attached.
     *
     * @throws SQLException as the driver reports it; the caller rolls back
     */
    public boolean attach(Connection c, UUID buildingId, int eventSeq, List<UUID> photoIds) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>(photoIds);
        if (ids.isEmpty()) {
            return true;
        }
        Sql claimable = new Sql().append(PhotoSql.CLAIMABLE, buildingId).in("id", ids).append(" FOR UPDATE");
        int found = 0;
        try (PreparedStatement ps = claimable.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found++;
            }
        }
        if (found != ids.size()) {
            return false;
        }
        Sql attach = new Sql().append(PhotoSql.ATTACH, eventSeq, buildingId).in("id", ids);
        try (PreparedStatement ps = attach.prepare(c)) {
            int updated = ps.executeUpdate();
            if (updated != ids.size()) {
                // cannot happen while the rows are locked; refuse loudly rather than half-attach
                throw new SQLException("attached " + updated + " of " + ids.size() + " locked photos");
            }
        }
        return true;
    }

    /** How many photos the user uploaded that no event has claimed yet. */
    public int countUnattachedBy(UUID userId) {
        return jdbc.one(PhotoSql.PENDING_BY_USER, rs -> rs.getInt(1), userId).orElse(0);
    }

    /** Deletes photos no event claimed that were uploaded before {@code olderThan}; returns how many. */
    public int purgeUnattached(Instant olderThan) {
        return jdbc.update(PhotoSql.PURGE, olderThan);
    }

    private static Photo photo(ResultSet rs) throws SQLException {
        return new Photo(rs.getObject("id", UUID.class), rs.getObject("building_id", UUID.class),
                (Integer) rs.getObject("event_seq"), rs.getObject("uploaded_by", UUID.class),
                Sql.instant(rs, "uploaded_at"), rs.getInt("width"), rs.getInt("height"), Sql.instant(rs, "taken_at"),
                doubleOrNull(rs, "lon"), doubleOrNull(rs, "lat"), rs.getString("original_name"));
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
