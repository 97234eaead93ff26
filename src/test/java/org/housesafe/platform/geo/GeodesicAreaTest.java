package org.housesafe.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class GeodesicAreaTest {

    @Test
    void a_one_degree_cell_at_the_equator_has_its_known_ellipsoidal_area() throws Exception {
        // 1°×1° at the equator on WGS84: 12,308,778,361 m² (GeographicLib Planimeter)
        assertThat(GeodesicArea.of(new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")))
                .isCloseTo(12_308_778_361.5, within(5.0));
    }

    @Test
    void a_ten_metre_square_in_hengyang_is_a_hundred_square_metres() throws Exception {
        double dLat = 10 / 110_790.0;    // metres per degree of latitude near 26.9°N
        double dLon = 10 / 99_340.0;     // and of longitude there
        String wkt = "POLYGON ((112.5 26.9, %1$s 26.9, %1$s %2$s, 112.5 %2$s, 112.5 26.9))"
                .formatted(112.5 + dLon, 26.9 + dLat);
        assertThat(GeodesicArea.of(new WKTReader().read(wkt))).isCloseTo(100.0, within(0.5));
    }

    @Test
    void holes_are_subtracted_and_orientation_does_not_matter() throws Exception {
        double outer = GeodesicArea.of(new WKTReader().read("POLYGON ((112 26, 112 26.01, 112.01 26.01, 112.01 26, 112 26))"));
        double withHole = GeodesicArea.of(new WKTReader().read("POLYGON ((112 26, 112.01 26, 112.01 26.01, 112 26.01, 112 26),"
                + " (112.004 26.004, 112.006 26.004, 112.006 26.006, 112.004 26.006, 112.004 26.004))"));
        assertThat(outer).isGreaterThan(0);
        assertThat(outer - withHole).isCloseTo(outer * 0.04, within(outer * 0.0001));
    }
}
