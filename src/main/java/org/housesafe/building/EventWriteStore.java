package org.housesafe.building;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DuplicateKeyException;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;

/**
 * One lifecycle write in one transaction: claim the idempotency key (with the answer to replay),
 * update the building only if its version is still the one the client saw, append the events to
 * the hash chain. A stale version rolls everything back, the key included.
 */
final class EventWriteStore {

    /** The answer stored under an idempotency key. */
    record Replay(UUID userId, String requestHash, int status, String etag, String location, String body) {
    }

    /** A key to claim, with the answer to store under it. */
    record Claim(UUID key, UUID userId, String method, String path, String requestHash, int status, String etag,
                 String location, String body) {
    }

    private static final String INSERT_KEY = """
            INSERT INTO idempotency_key (idem_key, user_id, method, path, request_hash, status, etag, location, body,
              created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FIND_KEY =
            "SELECT user_id, request_hash, status, etag, location, body FROM idempotency_key WHERE idem_key = ?";
    private static final String PURGE_KEYS = "DELETE FROM idempotency_key WHERE created_at < ?";
    private static final String UPDATE_BUILDING = """
            UPDATE building SET status = ?, judgement = ?, grade = ?, deadline = ?, batch = ?, attributes = %s,
                   surveyed_at = ?, version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?""";
    private static final String LAST_EVENT = """
            SELECT seq, hash FROM building_event WHERE building_id = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY""";

    private final Database db;
    private final Jdbc jdbc;

    EventWriteStore(Database db) {
        this.db = db;
        this.jdbc = new Jdbc(db);
    }

    Optional<Replay> replay(UUID key) {
        return jdbc.one(FIND_KEY, rs -> new Replay(rs.getObject("user_id", UUID.class), rs.getString("request_hash"),
                rs.getInt("status"), rs.getString("etag"), rs.getString("location"), rs.getString("body")), key);
    }

    void purgeKeys(Instant before) {
        jdbc.update(PURGE_KEYS, before);
    }

    /**
     * @return whether it was written: false when the building's version was no longer
     *         {@code expectedVersion} (nothing written)
     * @throws DuplicateKeyException when the idempotency key was claimed meanwhile
     */
    boolean write(Claim claim, Building next, int expectedVersion, List<NewEvent> events) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                claim(c, claim);
                if (!update(c, next, expectedVersion)) {
                    c.rollback();
                    return false;
                }
                append(c, next.id(), events);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DuplicateKeyException.isUniqueViolation(e) ? new DuplicateKeyException(e)
                    : new StoreException("lifecycle write failed", e);
        }
    }

    private static void claim(Connection c, Claim k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_KEY)) {
            Sql.bind(ps, 1, Arrays.asList(k.key(), k.userId(), k.method(), k.path(), k.requestHash(), k.status(),
                    k.etag(), k.location(), k.body(), Instant.now()));
            ps.executeUpdate();
        }
    }

    private boolean update(Connection c, Building b, int expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_BUILDING.formatted(db.dialect().jsonParam()))) {
            Sql.bind(ps, 1, Arrays.asList(b.status().code(), b.judgement() == null ? null : b.judgement().code(),
                    b.grade() == null ? null : b.grade().code(), b.deadline(), b.batch(), b.attributesJson(),
                    b.surveyedAt(), b.updatedAt(), b.id(), expectedVersion));
            return ps.executeUpdate() == 1;
        }
    }

    private void append(Connection c, UUID buildingId, List<NewEvent> events) throws SQLException {
        int seq = 0;
        String prev = null;
        try (PreparedStatement ps = c.prepareStatement(LAST_EVENT)) {
            ps.setObject(1, buildingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getInt(1);
                    prev = rs.getString(2);
                }
            }
        }
        try (PreparedStatement pe = c.prepareStatement(BuildingSql.INSERT_EVENT.formatted(db.dialect().jsonParam()))) {
            Instant now = Instant.now();
            for (NewEvent e : events) {
                prev = BuildingStore.bindEvent(pe, buildingId, ++seq, prev, e, now);
                pe.executeUpdate();
            }
        }
        try (PreparedStatement ph = c.prepareStatement(BuildingSql.SET_HEAD)) {
            Sql.bind(ph, 1, Arrays.asList(seq, prev, buildingId));
            ph.executeUpdate();
        }
    }
}
