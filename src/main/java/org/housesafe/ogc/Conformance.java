package org.housesafe.ogc;

import java.util.List;

/**
 * The conformance classes {@code /ogc/conformance} declares: exactly those implemented. Parts 3
 * (filtering) and 4 (create, replace, update, delete) add theirs to {@link #CLASSES} when they
 * are wired in.
 */
public final class Conformance {
    public static final List<String> PART1_AND_2 = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

    /** Every class declared; extend with the Part 3 and Part 4 lists at merge. */
    public static final List<String> CLASSES = PART1_AND_2;

    private Conformance() {
    }
}
