package org.housesafe.ogc.cql2;

import java.util.List;
import org.housesafe.building.BuildingCondition;
import org.housesafe.platform.web.ApiException;

/**
 * OGC API Features Part 3 filters: CQL2 text or CQL2 JSON, parsed by our own parsers into a
 * condition on the building table whose SQL binds every value. Nothing is evaluated in Java and
 * nothing from the request reaches the SQL text; a bad filter is a 400 naming what is wrong.
 */
public final class Cql2 {
    public static final String TEXT = "cql2-text";
    public static final String JSON = "cql2-json";
    /** Longitude, latitude: the default filter CRS. */
    public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    /** Latitude, longitude: the same datum with the axes the other way round. */
    public static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    /** The longest filter accepted, in characters (longer than a URL the server takes). */
    static final int MAX_LENGTH = 16_000;
    /** Nesting of parentheses, NOT and geometry collections. */
    static final int MAX_DEPTH = 40;
    /**
     * Vertices in all of a filter's geometries together: enough for any area drawn by hand, and
     * it keeps each spatial test's cost per building small.
     */
    static final int MAX_VERTICES = 1_000;

    /** The requirement classes of CQL2 and of Features Part 3 that this filter supports. */
    public static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
            "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
            "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/property-property");

    private Cql2() {
    }

    /**
     * The buildings matching {@code filter}.
     *
     * @param filterLang {@code null} or {@value #TEXT} (the default), or {@value #JSON}
     * @param filterCrs  {@code null} or {@value #CRS84} (the default), or {@value #EPSG_4326}
     *                   (latitude first: the coordinates are swapped)
     * @throws ApiException 400 naming the parameter and the problem
     */
    public static BuildingCondition parse(String filter, String filterLang, String filterCrs) {
        if (filterLang != null && !filterLang.equals(TEXT) && !filterLang.equals(JSON)) {
            throw ApiException.badParameter("filter-lang", "must be " + TEXT + " or " + JSON);
        }
        if (filterCrs != null && !filterCrs.equals(CRS84) && !filterCrs.equals(EPSG_4326)) {
            throw ApiException.badParameter("filter-crs", "must be " + CRS84 + " or " + EPSG_4326);
        }
        if (filter == null || filter.isBlank()) {
            throw error("the filter is empty");
        }
        if (filter.length() > MAX_LENGTH) {
            throw error("the filter is longer than " + MAX_LENGTH + " characters");
        }
        GeometryLiterals geometries = new GeometryLiterals(EPSG_4326.equals(filterCrs), MAX_VERTICES);
        Expr e = JSON.equals(filterLang) ? Cql2JsonParser.parse(filter, geometries)
                : Cql2TextParser.parse(filter, geometries);
        return Cql2Sql.condition(e);
    }

    static ApiException error(String message) {
        return ApiException.badParameter("filter", message);
    }
}
