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
import org.housesafe.platform.geo.Wkb;
import org.housesafe.platform.web.ApiException;

/**
 * One write of a building in one transaction: insert the building, or update it only if its
 * version is still the one the client saw; claim the idempotency key (with the answer to replay);
 * append the events to the hash chain and attach the photos they cite as evidence. A stale
 * version, or evidence that cannot be attached, rolls everything back, the key included.
 */
final class EventWriteStore {

    /** The answer stored under an idempotency key. */
    record Replay(UUID userId, String requestHash, int status, String etag, String location, String body) {
    }

    /** A key to claim, with the answer to store under it. */
    record Claim(UUID key, UUID userId, String method, String path, String requestHash, int status, String etag,
                 String location, String body) {
    }

    /** How a write ended. */
    enum Outcome { WRITTEN, STALE }

    private static final String INSERT_KEY = """
            INSERT INTO idempotency_key (idem_key, user_id, method, path, request_hash, status, etag, location, body,
              created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FIND_KEY =
            "SELECT user_id, request_hash, status, etag, location, body FROM idempotency_key WHERE idem_key = ?";
    private static final String PURGE_KEYS = "DELETE FROM idempotency_key WHERE created_at < ?";
    private static final String UPDATE_BUILDING = """
            UPDATE building SET house_code = ?, address = ?, street_code = ?, community_code = ?,
                   footprint = ST_GeomFromWKB(?, 4326), footprint_area = ?, floor_area = ?, floors_above = ?,
                   use_type = ?, structure = ?, construction_period = ?, vacant = ?, status = ?, judgement = ?,
                   grade = ?, deadline = ?, batch = ?, attributes = %s, surveyed_at = ?, version = version + 1,
                   updated_at = ?
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
     * Updates the building to {@code next} if its version is still {@code expectedVersion} and
     * appends {@code events}; the first event gets {@code photos} as evidence.
     *
     * @return {@link Outcome#STALE} when the version changed meanwhile (nothing written)
     * @throws DuplicateKeyException when the idempotency key was claimed meanwhile
     * @throws BuildingStore.DuplicateException when the house code belongs to another building
     * @throws ApiException 422 on {@code payload.photos} when the evidence cannot be attached
     */
    Outcome write(Claim claim, Building next, int expectedVersion, List<NewEvent> events, List<UUID> photos,
                  Evidence evidence) {
        return inTransaction(c -> {
            if (!update(c, next, expectedVersion)) {
                return Outcome.STALE;   // before claiming the key: a stale write costs no insert to undo
            }
            claim(c, claim);
            int first = append(c, next.id(), events);
            if (!evidence.attach(c, next.id(), first, photos)) {
                throw ApiException.invalid("invalid-event", "Invalid action", "payload.photos",
                        "each photo must be uploaded to this building first and be evidence of one event only");
            }
            return Outcome.WRITTEN;
        });
    }

    /** Inserts a new building with its first event, claiming the key in the same transaction. */
    void create(Claim claim, BuildingStore.NewRecord record) {
        inTransaction(c -> {
            claim(c, claim);
            BuildingStore.insert(c, db.dialect(), List.of(record));
            return Outcome.WRITTEN;
        });
    }

    private Outcome inTransaction(Database.Transaction<Outcome> work) {
        try {
            return db.write(c -> {
                Outcome outcome = work.run(c);
                if (outcome == Outcome.STALE) {
                    c.rollback();
                }
                return outcome;
            });
        } catch (SQLException e) {
            throw BuildingStore.translate(e);
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
            List<Object> values = new java.util.ArrayList<>(Arrays.asList(b.houseCode(), b.address(), b.streetCode(),
                    b.communityCode(), Wkb.write(b.footprint()), b.footprintArea(), b.floorArea(), b.floorsAbove(),
                    b.use(), b.structure(), b.constructionPeriod(), b.vacant(), b.status().code(),
                    b.judgement() == null ? null : b.judgement().code(), b.grade() == null ? null : b.grade().code(),
                    b.deadline(), b.batch(), b.attributesJson(), b.surveyedAt(), b.updatedAt(), b.id(),
                    expectedVersion));
            Sql.bind(ps, 1, values);
            return ps.executeUpdate() == 1;
        }
    }

    /** @return the seq of the first appended event */
    private int append(Connection c, UUID buildingId, List<NewEvent> events) throws SQLException {
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
        int first = seq + 1;
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
        return first;
    }
}
