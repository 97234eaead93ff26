package org.housesafe.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** RFC 7946 output: exterior rings counter-clockwise, holes clockwise, 7 decimals, no crs member. */
class GeoJsonGeometryWriterTest {

    private static String write(String wkt) throws IOException, ParseException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            GeoJsonGeometryWriter.write(json, new WKTReader().read(wkt));
        }
        return out.toString();
    }

    private static void check(String wkt, String geojson) throws IOException, ParseException {
        assertThat(write(wkt)).isEqualTo(geojson);
    }

    @Test
    void a_clockwise_exterior_ring_is_written_counter_clockwise() throws Exception {
        check("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
    }

    @Test
    void a_counter_clockwise_exterior_ring_is_kept() throws Exception {
        check("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
    }

    @Test
    void holes_are_written_clockwise() throws Exception {
        check("POLYGON ((0 0, 0 4, 4 4, 4 0, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,4],[0,0]],"
                        + "[[1,1],[1,2],[2,2],[2,1],[1,1]]]}");
    }

    @Test
    void every_polygon_of_a_multipolygon_is_oriented() throws Exception {
        check("MULTIPOLYGON (((0 0, 0 1, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,1],[0,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}");
    }

    @Test
    void coordinates_keep_seven_decimals() throws Exception {
        check("POLYGON ((112.123456789 26.98765432, 112.2 26.98765432, 112.2 27.1, 112.123456789 26.98765432))",
                "{\"type\":\"Polygon\",\"coordinates\":[[[112.1234568,26.9876543],[112.2,26.9876543],[112.2,27.1],"
                        + "[112.1234568,26.9876543]]]}");
    }

    @Test
    void numbers_are_written_plain_without_trailing_zeros() {
        assertThat(GeoJsonGeometryWriter.fixed(26)).isEqualTo("26");
        assertThat(GeoJsonGeometryWriter.fixed(112.5)).isEqualTo("112.5");
        assertThat(GeoJsonGeometryWriter.fixed(-112.123456789)).isEqualTo("-112.1234568");
        assertThat(GeoJsonGeometryWriter.fixed(0.00000012)).isEqualTo("0.0000001");
        assertThat(GeoJsonGeometryWriter.fixed(-0.00000004)).isEqualTo("0");
        assertThat(GeoJsonGeometryWriter.fixed(179.99999999)).isEqualTo("180");
        assertThatThrownBy(() -> GeoJsonGeometryWriter.fixed(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
