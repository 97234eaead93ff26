package org.housesafe.building;

import java.util.Collection;
import java.util.TreeSet;
import org.housesafe.account.Scope;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.SpatialDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.geo.Wkb;

/**
 * The conditions of a {@link BuildingFilter} on the building table ({@code b}), shared by the
 * list, statistics and exports. Column names are constants here; every value is bound.
 */
public final class BuildingFilters {
    /**
     * The time of a building's last event: the head of its history, found through the primary key
     * of {@code building_event}.
     */
    private static final String LAST_EVENT = " AND EXISTS (SELECT 1 FROM building_event le"
            + " WHERE le.building_id = b.id AND le.seq = b.head_seq";

    private BuildingFilters() {
    }

    /**
     * {@code WHERE …} for {@code f} (always present: {@code 1=1} when empty); {@code dialect}
     * spells the spatial index's box test.
     */
    public static Sql where(BuildingFilter f, SpatialDialect dialect) {
        Sql sql = new Sql().append(" WHERE 1=1");
        scope(sql, f.scope());
        if (f.bbox() != null) {
            var e = f.bbox();
            dialect.footprintMeets(sql, e);
            sql.append(" AND ST_Intersects(b.footprint, ST_MakeEnvelope(?, ?, ?, ?, 4326))",
                    e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        }
        if (f.within() != null) {
            dialect.footprintMeets(sql, f.within().getEnvelopeInternal());
            sql.append(" AND ST_Intersects(b.footprint, ST_GeomFromWKB(?, 4326))", Wkb.write(f.within()));
        }
        inIfAny(sql, "b.street_code", f.streets());
        inIfAny(sql, "b.community_code", f.communities());
        if (f.statuses().isEmpty()) {
            live(sql);
        } else {
            sql.append(" AND ").in("b.status", f.statuses().stream().map(s -> s.code()).toList());
        }
        inIfAny(sql, "b.judgement", f.judgements().stream().map(j -> j.code()).toList());
        inIfAny(sql, "b.grade", f.grades().stream().map(g -> g.code()).toList());
        inIfAny(sql, "b.use_type", f.uses());
        hazardTypes(sql, f.hazardTypes());
        if (f.overdue() != null) {
            sql.append(f.overdue().wanted() ? " AND b.deadline < ?" : " AND (b.deadline IS NULL OR b.deadline >= ?)",
                    f.overdue().today());
        }
        lastEvent(sql, f.lastEvent());
        if (f.text() != null) {
            String pattern = "%" + escapeLike(f.text()) + "%";
            sql.append(" AND (b.house_code LIKE ? ESCAPE '!' OR b.address LIKE ? ESCAPE '!')", pattern, pattern);
        }
        if (f.condition() != null) {
            sql.append(" AND (");
            f.condition().appendTo(sql, dialect);
            sql.append(")");
        }
        return sql;
    }

    /** Limits {@code b} to the caller's streets: nothing at all for an empty scope. */
    public static void scope(Sql sql, Scope scope) {
        if (scope.all()) {
            return;
        }
        if (scope.streets().isEmpty()) {
            sql.append(" AND 1=0");
        } else {
            sql.append(" AND ").in("b.street_code", new TreeSet<>(scope.streets()));
        }
    }

    /**
     * Leaves out withdrawn buildings (recorded by mistake or twice): what every list, count, map
     * and export does unless it asks for a status by name.
     */
    public static void live(Sql sql) {
        sql.append(" AND b.status <> ?", Status.WITHDRAWN.code());
    }

    /**
     * Any of the codes in {@code hazard_types}, the survey's hazard types as {@code ,a,b,} that the
     * database derives from the attributes on every write (migration {@code hazard_types}).
     */
    private static void hazardTypes(Sql sql, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        sql.append(" AND (");
        String or = "";
        for (String code : new TreeSet<>(codes)) {
            sql.append(or + "b.hazard_types LIKE ? ESCAPE '!'", "%," + escapeLike(code) + ",%");
            or = " OR ";
        }
        sql.append(")");
    }

    private static void lastEvent(Sql sql, BuildingFilter.DateRange range) {
        if (range == null) {
            return;
        }
        sql.append(LAST_EVENT);
        if (range.from() != null) {
            sql.append(" AND le.occurred_at >= ?", range.start());
        }
        if (range.to() != null) {
            sql.append(" AND le.occurred_at < ?", range.end());
        }
        sql.append(")");
    }

    private static void inIfAny(Sql sql, String column, Collection<?> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").in(column, values);
        }
    }

    /** Makes {@code %}, {@code _} and the escape character itself match literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
