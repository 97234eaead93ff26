package org.housesafe.export;

import java.util.List;
import java.util.Map;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.web.ApiException;

/**
 * The order of ledger rows: a column of the ledger, up or down, ties broken by id so that pages
 * neither repeat nor skip a row. Only the columns the building table holds can sort; the
 * default is by street, community and house code.
 */
record LedgerSort(String key, boolean descending) {
    static final String DEFAULT_KEY = "street";

    /** Ledger column key → the columns it sorts by (allow-listed: only these reach the SQL text). */
    private static final Map<String, List<String>> ORDER = Map.ofEntries(
            Map.entry("street", List.of("b.street_code", "b.community_code", "b.house_code")),
            Map.entry("community", List.of("b.community_code", "b.house_code")),
            Map.entry("houseCode", List.of("b.house_code")),
            Map.entry("address", List.of("b.address")),
            Map.entry("floors", List.of("b.floors_above")),
            Map.entry("floorArea", List.of("b.floor_area")),
            Map.entry("period", List.of("b.construction_period")),
            Map.entry("use", List.of("b.use_type")),
            Map.entry("judgement", List.of("b.judgement")),
            Map.entry("grade", List.of("b.grade")),
            Map.entry("deadline", List.of("b.deadline")),
            Map.entry("status", List.of("b.status")));

    static boolean sortable(String key) {
        return ORDER.containsKey(key);
    }

    /** The {@code sort} and {@code order} parameters; unknown values are a 400 naming them. */
    static LedgerSort parse(Map<String, List<String>> params) {
        String key = BuildingQueryParser.single(params, "sort");
        String order = BuildingQueryParser.single(params, "order");
        if (key == null) {
            key = DEFAULT_KEY;
        } else if (!ORDER.containsKey(key)) {
            throw ApiException.badParameter("sort", "not a sortable ledger column; use one of "
                    + new java.util.TreeSet<>(ORDER.keySet()));
        }
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw ApiException.badParameter("order", "must be asc or desc");
        }
        return new LedgerSort(key, "desc".equals(order));
    }

    /** {@code sql} with {@code ORDER BY} appended; empty values last in either direction. */
    Sql orderBy(Sql sql) {
        String direction = descending ? " DESC NULLS LAST" : " ASC NULLS LAST";
        sql.append(" ORDER BY ");
        for (String column : ORDER.get(key)) {
            sql.append(column + direction + ", ");
        }
        return sql.append("b.id");
    }

    String order() {
        return descending ? "desc" : "asc";
    }
}
