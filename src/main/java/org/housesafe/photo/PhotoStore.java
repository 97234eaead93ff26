package org.housesafe.photo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.housesafe.lifecycle.EventType;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Geometry;

/**
 * Photos in either backend (bytea on PostGIS, BLOB on H2GIS: JDBC reads and writes both as
 * bytes). A photo is uploaded first, unattached, and becomes evidence when an event claims it
 * with {@link #attach}, which also checks it as evidence ({@link EvidenceCheck}); one never
 * claimed is removed by {@link #purgeUnattached}.
 */
public final class PhotoStore {
    /** Which of a photo's two images to read. */
    public enum Variant { FULL, THUMBNAIL }

    /** Events that document no order: a building's creation or import, and edits. */
    private static final List<String> NOT_ORDERS = List.of(EventType.CREATED.code(), EventType.IMPORT.code(),
            EventType.EDIT.code());

    private final Jdbc jdbc;
    private final EvidenceCheck check;

    public PhotoStore(Database db, EvidenceCheck check) {
        this.jdbc = new Jdbc(db);
        this.check = check;
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
     * it), and stores with each what {@link EvidenceCheck} finds against the building's footprint
     * and the order the event documents, both as that transaction sees them. All or nothing: when
     * any id is unknown, belongs to another building or is already attached, nothing changes and
     * the answer is {@code false}. The photos are locked until the caller's transaction ends, so
     * two events cannot both claim one photo. Duplicate ids count once; an empty list is trivially
     * attached.
     *
     * @throws SQLException as the driver reports it; the caller rolls back
     */
    public boolean attach(Connection c, UUID buildingId, int eventSeq, List<UUID> photoIds) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>(photoIds);
        if (ids.isEmpty()) {
            return true;
        }
        Sql claimable = new Sql().append(PhotoSql.CLAIMABLE, buildingId).in("id", ids).append(" FOR UPDATE");
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement ps = claimable.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                claimed.add(new Claimed(rs.getObject("id", UUID.class), Sql.instant(rs, "taken_at"),
                        doubleOrNull(rs, "lon"), doubleOrNull(rs, "lat")));
            }
        }
        if (claimed.size() != ids.size()) {
            return false;
        }
        Geometry footprint = Wkb.read(one(c, new Sql().append(PhotoSql.FOOTPRINT, buildingId), rs -> rs.getBytes(1)));
        Instant orderAt = one(c, new Sql().append(PhotoSql.ORDER, buildingId, eventSeq).append("NOT ")
                .in("type", NOT_ORDERS).append(PhotoSql.LATEST_FIRST), rs -> Sql.instant(rs, "occurred_at"));
        try (PreparedStatement ps = c.prepareStatement(PhotoSql.ATTACH)) {
            for (Claimed p : claimed) {
                EvidenceCheck.Result r = check.check(p.lon(), p.lat(), p.takenAt(), footprint, orderAt);
                Sql.bind(ps, 1, java.util.Arrays.asList(eventSeq, String.join(",", r.flags()), r.distanceMeters(),
                        p.id(), buildingId));
                if (ps.executeUpdate() != 1) {
                    // cannot happen while the rows are locked; refuse loudly rather than half-attach
                    throw new SQLException("photo " + p.id() + " was locked but could not be attached");
                }
            }
        }
        return true;
    }

    /** A photo being claimed, with the EXIF facts the check reads. */
    private record Claimed(UUID id, Instant takenAt, Double lon, Double lat) {
    }

    /** The first row's value, {@code null} when there is none. */
    private static <T> T one(Connection c, Sql sql, Jdbc.RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? mapper.map(rs) : null;
        }
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
                doubleOrNull(rs, "lon"), doubleOrNull(rs, "lat"), rs.getString("original_name"),
                flags(rs.getString("evidence_flags")), doubleOrNull(rs, "distance_m"));
    }

    /** The stored flags: {@code null} (not checked), '' (none) or codes joined by commas. */
    private static List<String> flags(String stored) {
        return stored == null ? null : stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
