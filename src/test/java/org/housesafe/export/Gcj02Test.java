package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WGS84 → GCJ-02 against the point pairs published with the reference implementations (eviltransform). */
class Gcj02Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Shanghai, 121.5272106, 31.1774276, 121.531541859215, 31.17530398364597",
            "Shenzhen, 113.912316, 22.543847, 113.9171764808363, 22.540796131694766",
            "Beijing, 116.377817, 39.911954, 116.38404722455657, 39.91334545536069"})
    void shifts_known_points_as_the_reference_implementations_do(String place, double lon, double lat,
                                                                  double gcjLon, double gcjLat) {
        double[] gcj = Gcj02.fromWgs84(lon, lat);
        assertThat(gcj[0]).isCloseTo(gcjLon, within(1e-9));
        assertThat(gcj[1]).isCloseTo(gcjLat, within(1e-9));
    }

    @Test
    void shifts_hengyang_by_several_hundred_metres() {
        double[] gcj = Gcj02.fromWgs84(112.575, 26.900);
        double east = (gcj[0] - 112.575) * 111_320 * Math.cos(Math.toRadians(26.9));
        double north = (gcj[1] - 26.900) * 110_574;
        assertThat(Math.hypot(east, north)).isBetween(400.0, 800.0);
    }

    @Test
    void leaves_points_outside_china_alone() {
        assertThat(Gcj02.fromWgs84(2.35, 48.85)).containsExactly(2.35, 48.85);
    }
}
