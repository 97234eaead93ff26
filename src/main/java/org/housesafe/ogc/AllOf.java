package org.housesafe.ogc;

import java.util.List;
import org.housesafe.building.BuildingCondition;
import org.housesafe.platform.db.SpatialDialect;
import org.housesafe.platform.db.Sql;

/** Every one of several conditions (a request's datetime, property and filter parameters). */
record AllOf(List<BuildingCondition> parts) implements BuildingCondition {

    /** The conditions joined by AND, or {@code null} when there are none. */
    static BuildingCondition of(List<BuildingCondition> parts) {
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new AllOf(List.copyOf(parts));
    }

    @Override
    public void appendTo(Sql sql, SpatialDialect dialect) {
        String and = "";
        for (BuildingCondition part : parts) {
            sql.append(and + "(");
            part.appendTo(sql, dialect);
            sql.append(")");
            and = " AND ";
        }
    }
}
