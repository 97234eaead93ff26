package org.housesafe.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.Scope;
import org.housesafe.building.BuildingFilters;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads what changed from the history: every write appends a {@code building_event} row in the
 * transaction that changes the building, so the events recorded since a moment name every
 * building changed since then (index {@code building_event_recorded_idx}). Same SQL on both
 * backends; the caller's streets are applied in the query.
 *
 * @see ChangeFeed for the overlap that catches late commits
 */
final class ChangeStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The buildings with an event recorded after {@code ?}, with their version and box now. */
    private static final String CHANGED = """
            SELECT b.id, b.version, ST_XMin(b.footprint) AS x1, ST_YMin(b.footprint) AS y1,
                   ST_XMax(b.footprint) AS x2, ST_YMax(b.footprint) AS y2
              FROM building b
             WHERE b.id IN (SELECT e.building_id FROM building_event e WHERE e.recorded_at > ?)""";

    /** Edits recorded after {@code ?} that may have moved a footprint (their payload says where from). */
    private static final String EDITS = """
            SELECT e.building_id, e.payload FROM building_event e JOIN building b ON b.id = e.building_id
             WHERE e.recorded_at > ? AND e.type = 'edit'""";

    private static final String IMPORTED = "SELECT 1 FROM import_batch WHERE finished_at > ? FETCH FIRST 1 ROWS ONLY";

    private final Jdbc jdbc;

    ChangeStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** At most {@code limit} buildings of {@code scope} with an event recorded after {@code since}, in no order. */
    List<Change> changedSince(Instant since, Scope scope, int limit) {
        Sql sql = new Sql().append(CHANGED, since);
        BuildingFilters.scope(sql, scope);
        sql.append(" FETCH FIRST ? ROWS ONLY", limit);
        return jdbc.list(sql.text(), rs -> new Change(rs.getObject("id", UUID.class), rs.getInt("version"),
                new Envelope(rs.getDouble("x1"), rs.getDouble("x2"), rs.getDouble("y1"), rs.getDouble("y2"))),
                sql.params().toArray());
    }

    /**
     * Where the footprints of {@code scope} moved by an edit recorded after {@code since} stood
     * before: building id → the box of its old footprints.
     */
    Map<UUID, Envelope> movedFrom(Instant since, Scope scope) {
        Sql sql = new Sql().append(EDITS, since);
        BuildingFilters.scope(sql, scope);
        Map<UUID, Envelope> out = new HashMap<>();
        for (Moved m : jdbc.list(sql.text(), rs -> new Moved(rs.getObject("building_id", UUID.class),
                oldFootprintBox(rs.getString("payload"))), sql.params().toArray())) {
            if (m.from() != null) {
                out.computeIfAbsent(m.id(), k -> new Envelope()).expandToInclude(m.from());
            }
        }
        return out;
    }

    /** Whether a bulk import finished after {@code since}: too many changes to list one by one. */
    boolean importedSince(Instant since) {
        return jdbc.one(IMPORTED, rs -> true, since).isPresent();
    }

    private record Moved(UUID id, Envelope from) {
    }

    /** The box of the {@code old} geometry of an edit payload's geometry change, or null. */
    static Envelope oldFootprintBox(String payload) {
        if (payload == null || !payload.contains("\"geometry\"")) {
            return null; // most edits change attributes only: no need to parse them
        }
        try {
            for (JsonNode change : JSON.readTree(payload).path("changes")) {
                if ("geometry".equals(change.path("field").asText())) {
                    Envelope box = new Envelope();
                    addPositions(change.path("old").path("coordinates"), box);
                    return box.isNull() ? null : box;
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            return null; // written by this service as JSON: cannot happen, and then nothing moved
        }
    }

    private static void addPositions(JsonNode node, Envelope box) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            box.expandToInclude(node.get(0).asDouble(), node.get(1).asDouble());
        } else {
            node.forEach(child -> addPositions(child, box));
        }
    }
}
