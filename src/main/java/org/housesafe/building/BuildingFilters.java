package org.housesafe.building;

import org.housesafe.account.Scope;
import org.housesafe.platform.db.Sql;

/** Filter conditions on the building table ({@code b}) that other features' queries share. */
public final class BuildingFilters {
    private BuildingFilters() {
    }

    /** Limits {@code b} to the caller's streets: nothing at all for an empty scope. */
    public static void scope(Sql sql, Scope scope) {
        if (scope.all()) {
            return;
        }
        if (scope.streets().isEmpty()) {
            sql.append(" AND 1=0");
        } else {
            sql.append(" AND ").in("b.street_code", new java.util.TreeSet<>(scope.streets()));
        }
    }
}
