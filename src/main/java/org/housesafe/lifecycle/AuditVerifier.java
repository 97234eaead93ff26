package org.housesafe.lifecycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;

/**
 * Walks every building's history in {@code (building_id, seq)} order as one streamed query (one
 * snapshot, one row in memory at a time) and reports the first broken link of the hash chain:
 * a missing sequence number (deleted row), a {@code prev_hash} that is not the previous row's
 * hash (reordered or deleted rows), a hash that does not match the row's content (edited row),
 * or a building without any history. The walk stops at the first break.
 *
 * <p>What a chain alone cannot show: the loss of a building's <em>last</em> events, or an edit
 * of its last event whose hash was recomputed, since nothing after them points back. Catching
 * those needs an anchor outside the chain (the head's seq and hash on the building row).
 */
public final class AuditVerifier {

    /** Where a chain breaks: the building, the sequence number, and what is wrong in plain words. */
    public record Broken(UUID buildingId, int seq, String problem) {
    }

    /** The outcome; the counts are of what was read, up to and including the first break. */
    public record Result(boolean ok, long buildings, long events, Broken firstBroken) {
    }

    static final String WALK = """
            SELECT b.id AS building, b.head_seq, b.head_hash, e.seq, e.type, e.occurred_at, e.recorded_at, e.actor, e.role, e.reason,
                   e.payload, e.prev_hash, e.hash
              FROM building b LEFT JOIN building_event e ON e.building_id = b.id
             ORDER BY b.id, e.seq""";

    private static final int FETCH_SIZE = 1000;

    private final Database db;

    public AuditVerifier(Database db) {
        this.db = db;
    }

    public Result verify() {
        return verify(Long.MAX_VALUE, n -> { });
    }

    /**
     * Verifies every chain, calling {@code progress} with the number of events checked so far
     * after each {@code every} events.
     *
     * @throws StoreException when the database cannot be read
     */
    public Result verify(long every, LongConsumer progress) {
        try (Connection c = db.connection()) {
            db.dialect().beginStreaming(c);
            try (PreparedStatement ps = c.prepareStatement(WALK)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    return walk(rs, every, progress);
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("audit walk failed", e);
        }
    }

    private static Result walk(ResultSet rs, long every, LongConsumer progress) throws SQLException {
        ChainCheck chain = new ChainCheck();
        UUID current = null;
        long buildings = 0;
        long events = 0;
        int headSeq = 0;
        String headHash = null;
        while (rs.next()) {
            UUID id = rs.getObject("building", UUID.class);
            if (!id.equals(current)) {
                Broken end = current == null ? null : chain.end(current, headSeq, headHash);
                if (end != null) {
                    return new Result(false, buildings, events, end);
                }
                current = id;
                buildings++;
                headSeq = rs.getInt("head_seq");
                headHash = rs.getString("head_hash");
                chain.start();
            }
            if (rs.getObject("seq") == null) {
                return new Result(false, buildings, events, new Broken(id, 1, "the building has no history at all (deleted?)"));
            }
            events++;
            Broken broken = chain.next(event(id, rs));
            if (broken != null) {
                return new Result(false, buildings, events, broken);
            }
            if (events % every == 0) {
                progress.accept(events);
            }
        }
        Broken end = current == null ? null : chain.end(current, headSeq, headHash);
        return end == null ? new Result(true, buildings, events, null) : new Result(false, buildings, events, end);
    }

    private static Event event(UUID building, ResultSet rs) throws SQLException {
        return new Event(building, rs.getInt("seq"), rs.getString("type"), Sql.instant(rs, "occurred_at"),
                Sql.instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("role"), rs.getString("reason"),
                rs.getString("payload"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
