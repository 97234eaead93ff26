package org.housesafe.ogc;

import java.util.List;

/**
 * The conformance classes {@code /ogc/conformance} declares: exactly those implemented.
 */
public final class Conformance {
    public static final List<String> PART1_AND_2 = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

    /** Every class declared: Parts 1 and 2, Part 3 with the CQL2 classes its parser supports, and Part 4. */
    public static final List<String> CLASSES = java.util.stream.Stream.of(PART1_AND_2, org.housesafe.ogc.cql2.Cql2.CONFORMANCE,
            OgcItemWrites.CONFORMANCE).flatMap(List::stream).toList();

    private Conformance() {
    }
}
