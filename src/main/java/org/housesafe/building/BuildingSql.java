package org.housesafe.building;

import org.housesafe.platform.db.Sql;

/**
 * The building store's SQL, shared by both backends. Filter conditions are built from the typed
 * {@link BuildingFilter}; column names are constants here, never request text.
 */
final class BuildingSql {

    /** The summary columns of a list row, with street and community names joined. */
    static final String SUMMARY_COLUMNS = """
            b.id, b.house_code, b.address, b.street_code, s.name AS street_name, b.community_code,
            c.name AS community_name, ST_AsBinary(b.footprint) AS footprint_wkb, b.footprint_area, b.floor_area,
            b.floors_above, b.use_type, b.structure, b.construction_period, b.vacant, b.status, b.judgement,
            b.grade, b.deadline, b.batch, b.version, b.surveyed_at, b.created_at, b.updated_at""";

    static final String FROM = "\n" + """
             FROM building b
             JOIN admin_unit s ON s.code = b.street_code
             LEFT JOIN admin_unit c ON c.code = b.community_code""";

    /** A new building with the head of its chain (its last event's seq and hash). */
    static final String INSERT_COLUMNS = """
            INSERT INTO building (id, house_code, address, street_code, community_code, footprint, footprint_area,
              floor_area, floors_above, use_type, structure, construction_period, vacant, status, judgement, grade,
              deadline, batch, attributes, version, surveyed_at, created_at, updated_at, head_seq, head_hash)
            VALUES (?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?, ?, ?, ?)""";

    static final String INSERT_EVENT = """
            INSERT INTO building_event (building_id, seq, type, occurred_at, recorded_at, actor, role, reason,
              payload, client_op_id, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?)""";

    /** Moves the head of a building's chain to its newest event (see {@code verify-audit}). */
    static final String SET_HEAD = "UPDATE building SET head_seq = ?, head_hash = ? WHERE id = ?";

    private static final String EVENT_COLUMNS = """
            SELECT e.building_id, e.seq, e.type, e.occurred_at, e.recorded_at, e.actor, e.role, e.reason, e.payload,
                   e.prev_hash, e.hash""";

    static final String HISTORY = EVENT_COLUMNS + " FROM building_event e WHERE e.building_id = ? ORDER BY e.seq";

    /** The events of the buildings ({@code b}) a filter's conditions, appended next, match. */
    static final String HISTORIES = EVENT_COLUMNS + " FROM building_event e JOIN building b ON b.id = e.building_id";

    static final String EXISTS_ANY = "SELECT 1 FROM building FETCH FIRST 1 ROWS ONLY";

    private BuildingSql() {
    }

}
