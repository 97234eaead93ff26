package org.housesafe.building;

import org.housesafe.platform.db.SpatialDialect;
import org.housesafe.platform.db.Sql;

/**
 * A condition on the building table {@code b} beyond the common filter's fields — an OGC API
 * {@code filter} (CQL2) or {@code datetime}, say. It appends one SQL boolean expression in which
 * every value is bound, never spliced; {@link BuildingFilters#where} puts it after {@code AND}.
 */
public interface BuildingCondition {
    void appendTo(Sql sql, SpatialDialect dialect);
}
