package org.housesafe.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingFilters;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.StoreException;

/**
 * Statistics from the precomputed street and community codes: one GROUP BY over the building
 * table, never a spatial join at query time.
 */
public final class StatsStore {

    /** The unit column for each grouping: an allow-list, never request text. */
    private static final Map<AdminUnit.Level, String> UNIT_COLUMN =
            Map.of(AdminUnit.Level.STREET, "street_code", AdminUnit.Level.COMMUNITY, "community_code");

    private static final String SUMMARY = """
            SELECT %s AS unit, status, judgement, grade, COUNT(*) AS n, COUNT(surveyed_at) AS surveyed,
                   SUM(footprint_area) AS footprint, COALESCE(SUM(floor_area), 0) AS floor
              FROM building b WHERE 1=1%s GROUP BY %s, status, judgement, grade""";

    private static final String SUMS =
            "COUNT(*) AS n, COALESCE(SUM(b.footprint_area), 0) AS footprint, COALESCE(SUM(b.floor_area), 0) AS floor";

    private final Database db;

    public StatsStore(Database db) {
        this.db = db;
    }

    /**
     * @param unitNames code → name of every unit of the level, in display order; units with no
     *                  building are listed with zeros
     */
    public SummaryStats summary(AdminUnit.Level level, Map<String, String> unitNames, Scope scope) {
        String column = UNIT_COLUMN.get(level);
        Map<String, UnitSummary> units = new LinkedHashMap<>();
        unitNames.forEach((code, name) -> units.put(code, new UnitSummary(code, name)));
        UnitSummary total = new UnitSummary(null, null);
        Sql where = new Sql();
        BuildingFilters.scope(where, scope);
        BuildingFilters.live(where);
        Sql sql = new Sql().append(SUMMARY.formatted(column, where.text(), column), where.params().toArray());
        try (Connection c = db.connection();
             PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String unit = rs.getString("unit");
                String status = rs.getString("status");
                String judgement = rs.getString("judgement");
                String grade = rs.getString("grade");
                long n = rs.getLong("n");
                long surveyed = rs.getLong("surveyed");
                double footprint = rs.getDouble("footprint");
                double floor = rs.getDouble("floor");
                total.add(status, judgement, grade, n, surveyed, footprint, floor);
                units.computeIfAbsent(unit == null ? "" : unit, k -> new UnitSummary(k, null))
                        .add(status, judgement, grade, n, surveyed, footprint, floor);
            }
        } catch (SQLException e) {
            throw new StoreException("summary failed", e);
        }
        return new SummaryStats(level.code(), total, new ArrayList<>(units.values()));
    }

    /**
     * Counts and area sums of the buildings matching {@code filter} as they are now, grouped by
     * the precomputed columns of {@code groupBy}: one GROUP BY on the building table.
     */
    void breakdown(BuildingFilter filter, List<GroupBy> groupBy, Breakdown.Builder out) {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < groupBy.size(); i++) {
            columns.append(i == 0 ? "" : ", ").append(groupBy.get(i).column());
        }
        Sql where = BuildingFilters.where(filter, db.dialect());
        Sql sql = new Sql().append("SELECT " + (groupBy.isEmpty() ? "" : columns + ", ") + SUMS + " FROM building b")
                .append(where)
                .append(groupBy.isEmpty() ? "" : " GROUP BY " + columns);
        try (Connection c = db.connection();
             PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String[] values = new String[groupBy.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getString(i + 1);
                }
                out.add(values, rs.getLong("n"), rs.getDouble("footprint"), rs.getDouble("floor"));
            }
        } catch (SQLException e) {
            throw new StoreException("statistics failed", e);
        }
    }
}
