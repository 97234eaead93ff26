package org.housesafe.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingFilters;
import org.housesafe.lifecycle.Coded;
import org.housesafe.lifecycle.EventType;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.db.Sql;

/**
 * Streams the histories of the buildings matching a filter, building by building, as the
 * database returns them: memory holds one building's events at a time.
 */
public final class HistoryStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FETCH_SIZE = 1000;

    private static final String SELECT = """
            SELECT b.id, b.street_code, b.community_code, b.use_type, b.structure, b.construction_period, b.vacant,
                   b.footprint_area, b.floor_area, e.type, e.occurred_at, e.actor, e.reason, e.payload
              FROM building b JOIN building_event e ON e.building_id = b.id""";

    private final Database db;

    public HistoryStore(Database db) {
        this.db = db;
    }

    /**
     * Hands each building matching {@code filter} with its events that occurred before
     * {@code cutoff} ({@code null}: all) to {@code sink}, in recorded order. A building with no
     * event before the cutoff did not exist yet and is left out.
     */
    void stream(BuildingFilter filter, Instant cutoff, Consumer<History> sink) {
        Sql where = BuildingFilters.where(filter, db.dialect());
        Sql sql = new Sql().append(SELECT).append(where);
        if (cutoff != null) {
            sql.append(" AND e.occurred_at < ?", cutoff);
        }
        sql.append(" ORDER BY b.id, e.seq");
        try {
            new Jdbc(db).stream(sql, FETCH_SIZE, rs -> read(rs, sink), "history statistics failed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(ResultSet rs, Consumer<History> sink) throws SQLException {
        History.Facts facts = null;
        List<History.Entry> events = new ArrayList<>();
        while (rs.next()) {
            UUID id = rs.getObject("id", UUID.class);
            if (facts == null || !facts.id().equals(id)) {
                if (facts != null) {
                    sink.accept(new History(facts, List.copyOf(events)));
                    events.clear();
                }
                facts = facts(rs, id);
            }
            events.add(new History.Entry(Coded.byCode(EventType.class, rs.getString("type")).orElse(null),
                    Sql.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("reason"),
                    payload(rs.getString("payload"))));
        }
        if (facts != null) {
            sink.accept(new History(facts, List.copyOf(events)));
        }
    }

    private static History.Facts facts(ResultSet rs, UUID id) throws SQLException {
        double floor = rs.getDouble("floor_area");
        Double floorArea = rs.wasNull() ? null : floor;
        return new History.Facts(id, rs.getString("street_code"), rs.getString("community_code"),
                rs.getString("use_type"), rs.getString("structure"), rs.getString("construction_period"),
                rs.getBoolean("vacant"), rs.getDouble("footprint_area"), floorArea);
    }

    private static com.fasterxml.jackson.databind.JsonNode payload(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
