package org.housesafe.bench;

import org.locationtech.jts.geom.Coordinate;

/**
 * A flat metric frame about a town centre (equirectangular, spherical scale): good to a few
 * parts in a thousand over the few kilometres of a synthetic town, which is all the layout
 * needs. Results are on the 7-decimal grid GeoJSON is written with, so a polygon checked here
 * is the polygon written. {@link StrictMath} keeps the output the same on every platform.
 */
record Frame(double lon0, double lat0) {
    private static final double METRES_PER_DEGREE_LAT = 110_574;
    private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;
    private static final double GRID = 1e7;

    double metresPerDegreeLon() {
        return METRES_PER_DEGREE_LON_AT_EQUATOR * StrictMath.cos(StrictMath.toRadians(lat0));
    }

    /** Lon/lat of the point {@code x} m east and {@code y} m north of the centre. */
    Coordinate lonLat(double x, double y) {
        return new Coordinate(round(lon0 + x / metresPerDegreeLon()), round(lat0 + y / METRES_PER_DEGREE_LAT));
    }

    double x(double lon) {
        return (lon - lon0) * metresPerDegreeLon();
    }

    double y(double lat) {
        return (lat - lat0) * METRES_PER_DEGREE_LAT;
    }

    /** Degrees of longitude and latitude spanned by {@code metres}. */
    double lonSpan(double metres) {
        return metres / metresPerDegreeLon();
    }

    double latSpan(double metres) {
        return metres / METRES_PER_DEGREE_LAT;
    }

    static double round(double degrees) {
        return Math.round(degrees * GRID) / GRID;
    }
}
