package org.housesafe.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** WKT and a point in, metres out: one line per case. */
class GeodesicDistanceTest {
    /** A 10 m × 10 m-ish footprint in Hengyang. */
    private static final String SQUARE = "POLYGON ((112.55 26.95, 112.5501 26.95, 112.5501 26.9501, 112.55 26.9501, 112.55 26.95))";

    @Test
    void a_point_inside_or_on_the_footprint_is_at_zero() throws Exception {
        check(SQUARE, 112.55005, 26.95005, 0, 0);
        check(SQUARE, 112.55, 26.95005, 0, 0);
    }

    @Test
    void a_point_due_north_is_at_the_meridian_arc_to_the_edge() throws Exception {
        double expected = Geodesic.WGS84.Inverse(26.9501, 112.55005, 26.9511, 112.55005).s12;
        check(SQUARE, 112.55005, 26.9511, expected, 0.001);
        assertThat(expected).isCloseTo(110.8, within(0.2));
    }

    @Test
    void a_point_due_east_is_at_the_parallel_arc_to_the_edge() throws Exception {
        check(SQUARE, 112.5511, 26.95005, Geodesic.WGS84.Inverse(26.95005, 112.5501, 26.95005, 112.5511).s12, 0.001);
    }

    @Test
    void a_point_off_a_corner_is_at_the_geodesic_to_the_corner() throws Exception {
        check(SQUARE, 112.5461, 26.9464, Geodesic.WGS84.Inverse(26.9464, 112.5461, 26.95, 112.55).s12, 0.01);
    }

    @Test
    void five_hundred_metres_away_reads_as_five_hundred_metres() throws Exception {
        double lat = 26.95 - 500 / 110_800.0;
        assertThat(GeodesicDistance.toFootprint(112.55005, lat, new WKTReader().read(SQUARE))).isCloseTo(500, within(2.0));
    }

    @Test
    void a_point_in_a_hole_is_at_the_distance_to_the_hole() throws Exception {
        String holed = "POLYGON ((112.54 26.94, 112.56 26.94, 112.56 26.96, 112.54 26.96, 112.54 26.94),"
                + " (112.549 26.949, 112.551 26.949, 112.551 26.951, 112.549 26.951, 112.549 26.949))";
        check(holed, 112.55, 26.9505, Geodesic.WGS84.Inverse(26.9505, 112.55, 26.951, 112.55).s12, 0.001);
    }

    @Test
    void the_nearest_part_of_a_multipolygon_counts() throws Exception {
        String two = "MULTIPOLYGON (((112.50 26.90, 112.5001 26.90, 112.5001 26.9001, 112.50 26.90)), ((112.55 26.95,"
                + " 112.5501 26.95, 112.5501 26.9501, 112.55 26.9501, 112.55 26.95)))";
        check(two, 112.55005, 26.9511, Geodesic.WGS84.Inverse(26.9501, 112.55005, 26.9511, 112.55005).s12, 0.001);
    }

    private static void check(String wkt, double lon, double lat, double metres, double tolerance) throws Exception {
        assertThat(GeodesicDistance.toFootprint(lon, lat, new WKTReader().read(wkt))).isCloseTo(metres, within(tolerance));
    }
}
