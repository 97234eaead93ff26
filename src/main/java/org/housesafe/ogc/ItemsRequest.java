package org.housesafe.ogc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.housesafe.building.BuildingCondition;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Envelope;

/**
 * The query parameters of an {@code /items} request, each parsed once (OGC API Features Part 1
 * and Part 2): a bad value or an unknown parameter is a 400 naming it. The Part 3 filter and the
 * queryables are for the buildings only; paging is keyset by id ({@code after}/{@code before},
 * which only our own {@code next}/{@code prev} links carry: a feature id, checked by the
 * collection).
 *
 * @param bbox       in CRS84, or {@code null}
 * @param crs        the CRS of the answer's coordinates
 * @param conditions datetime, queryable and filter conditions (buildings only)
 */
record ItemsRequest(Envelope bbox, int limit, String after, String before, OgcCrs crs, List<BuildingCondition> conditions) {
    static final int DEFAULT_LIMIT = 10;
    /** Parameters every collection's items take. */
    private static final Set<String> COMMON = Set.of("f", "bbox", "bbox-crs", "limit", "crs", "after", "before");
    /** Parameters only the buildings take, besides one per queryable. */
    private static final Set<String> BUILDINGS = Set.of("datetime", "filter", "filter-lang", "filter-crs");

    /**
     * @param buildings whether the collection is the buildings (datetime, queryables, filter)
     */
    static ItemsRequest parse(Map<String, List<String>> params, boolean buildings, int maxLimit) {
        Set<String> known = new TreeSet<>(COMMON);
        if (buildings) {
            known.addAll(BUILDINGS);
            Queryables.BUILDINGS.stream().filter(q -> q.type() != Queryables.Type.GEOMETRY)
                    .forEach(q -> known.add(q.name()));
        }
        List<String> unknown = params.keySet().stream().filter(p -> !known.contains(p) && !p.isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "bad-parameter", "Invalid query parameter",
                    "unknown parameter " + String.join(", ", unknown) + "; known: " + known,
                    unknown.stream().map(p -> new ApiException.FieldError(p, "unknown parameter")).toList(), Map.of());
        }
        OgcCrs bboxCrs = OgcCrs.parse(one(params, "bbox-crs"), "bbox-crs");
        String after = one(params, "after");
        String before = one(params, "before");
        if (after != null && before != null) {
            throw ApiException.badParameter("before", "not together with after");
        }
        List<BuildingCondition> conditions = new ArrayList<>();
        if (buildings) {
            Datetime datetime = Datetime.parse(one(params, "datetime"));
            if (datetime != null) {
                conditions.add(datetime);
            }
            for (Queryables.Queryable q : Queryables.BUILDINGS) {
                String value = one(params, q.name());
                if (value != null) {
                    conditions.add(PropertyEquals.parse(q, value));
                }
            }
            String text = one(params, "filter");
            if (text != null) {
                conditions.add(org.housesafe.ogc.cql2.Cql2.parse(text, one(params, "filter-lang"), one(params, "filter-crs")));
            } else if (params.containsKey("filter-lang") || params.containsKey("filter-crs")) {
                throw ApiException.badParameter(params.containsKey("filter-lang") ? "filter-lang" : "filter-crs",
                        "only together with filter");
            }
        }
        return new ItemsRequest(Bbox.parse(one(params, "bbox"), bboxCrs), limit(one(params, "limit"), maxLimit),
                after, before, OgcCrs.parse(one(params, "crs"), "crs"), conditions);
    }

    private static String one(Map<String, List<String>> params, String name) {
        return BuildingQueryParser.single(params, name);
    }

    private static int limit(String value, int max) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String problem = "must be a whole number from 1 to " + max;
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1 || n > max) {
                throw ApiException.badParameter("limit", problem);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("limit", problem);
        }
    }
}
