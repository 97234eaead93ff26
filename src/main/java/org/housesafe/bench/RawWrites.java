package org.housesafe.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.housesafe.platform.db.Database;

/**
 * The database's limit for one lifecycle write: the statements the service's write runs, in one
 * transaction — read the building, claim the idempotency key, the conditional UPDATE of the
 * building, read the head of its history, append the event, move the head — with none of the
 * application's work between them (parsing, rules, hashing, the answer).
 */
final class RawWrites {
    private static final String READ = "SELECT attributes FROM building WHERE id = ?";
    private static final String CLAIM = "INSERT INTO idempotency_key (idem_key, user_id, method, path, request_hash,"
            + " status, etag, location, body, created_at) VALUES (?, ?, 'POST', ?, ?, 200, ?, NULL, ?, ?)";
    private static final String UPDATE = "UPDATE building SET status = 'surveyed', judgement = 'none',"
            + " attributes = %s, surveyed_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?";
    private static final String HEAD =
            "SELECT seq, hash FROM building_event WHERE building_id = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY";
    private static final String APPEND = "INSERT INTO building_event (building_id, seq, type, occurred_at,"
            + " recorded_at, actor, role, reason, payload, client_op_id, prev_hash, hash)"
            + " VALUES (?, ?, 'survey', ?, ?, 'bench-inspector', 'inspector', NULL, %s, ?, ?, ?)";
    private static final String MOVE_HEAD = "UPDATE building SET head_seq = ?, head_hash = ? WHERE id = ?";
    private static final String PAYLOAD = "{\"judgement\":\"none\"}";
    private static final String HASH = "f".repeat(64);

    private final Database db;
    private final UUID userId;

    RawWrites(Database db, UUID userId) {
        this.db = db;
        this.userId = userId;
    }

    /** Surveys building {@code id} if it is still at {@code version}; an error if it is not. */
    Measure.Outcome survey(UUID id, int version) throws SQLException {
        String json = db.dialect().jsonParam();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID key = UUID.randomUUID();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                String attributes = one(c, READ, id);
                run(c, CLAIM, key, userId, "/api/buildings/" + id + "/events", HASH, "\"" + (version + 1) + "\"",
                        attributes, now);
                if (run(c, UPDATE.formatted(json), attributes, now, now, id, version) != 1) {
                    throw new SQLException("building " + id + " is no longer at version " + version);
                }
                int seq;
                String prev;
                try (PreparedStatement ps = c.prepareStatement(HEAD)) {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        seq = rs.getInt(1) + 1;
                        prev = rs.getString(2);
                    }
                }
                run(c, APPEND.formatted(json), id, seq, now, now, PAYLOAD, key, prev, HASH);
                run(c, MOVE_HEAD, seq, HASH, id);
                c.commit();
                return new Measure.Outcome(attributes.length(), 1);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static String one(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row for " + param);
                }
                return rs.getString(1);
            }
        }
    }

    private static int run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < params.length; k++) {
                ps.setObject(k + 1, params[k]);
            }
            return ps.executeUpdate();
        }
    }
}
