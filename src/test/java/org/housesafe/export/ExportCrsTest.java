package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ExportCrsTest {

    @Test
    void wgs84_is_the_default() {
        assertThat(ExportCrs.parse(null)).isEqualTo(ExportCrs.WGS84);
    }

    @Test
    void each_offered_system_is_recognised_by_its_identifier() {
        assertThat(ExportCrs.parse("EPSG:4326")).isEqualTo(ExportCrs.WGS84);
        assertThat(ExportCrs.parse("EPSG:4490")).isEqualTo(ExportCrs.CGCS2000);
        assertThat(ExportCrs.parse("gcj-02")).isEqualTo(ExportCrs.GCJ02);
    }

    @Test
    void a_system_not_offered_is_a_400_listing_the_offered_ones() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> ExportCrs.parse("EPSG:3857"));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors().get(0).field()).isEqualTo("crs");
        assertThat(e.getMessage()).contains("EPSG:4326", "EPSG:4490", "GCJ-02");
    }

    @Test
    void cgcs2000_keeps_the_coordinates_and_gcj02_shifts_a_copy() throws Exception {
        Geometry square = new WKTReader().read("POLYGON ((112.5 26.9, 112.501 26.9, 112.501 26.901, 112.5 26.9))");
        assertThat((Object) ExportCrs.CGCS2000.apply(square)).isSameAs(square);
        Geometry shifted = ExportCrs.GCJ02.apply(square);
        double[] corner = Gcj02.fromWgs84(112.5, 26.9);
        assertThat(shifted.getCoordinates()[0].x).isEqualTo(corner[0]);
        assertThat(shifted.getCoordinates()[0].y).isEqualTo(corner[1]);
        assertThat(square.getCoordinates()[0].x).isEqualTo(112.5);
    }
}
