package org.housesafe.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.housesafe.config.Extent;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** GeoJSON in, WKT or the error out: one line per case. */
class FootprintReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FootprintReader reader = new FootprintReader(Extent.HENGYANG, 20);

    @Test
    void a_valid_square_reads_as_the_same_polygon() throws Exception {
        checkReads("{'type':'Polygon','coordinates':[[[112.5,26.9],[112.6,26.9],[112.6,27.0],[112.5,26.9]]]}",
                "POLYGON ((112.5 26.9, 112.6 26.9, 112.6 27, 112.5 26.9))");
    }

    @Test
    void a_multipolygon_with_a_hole_reads() throws Exception {
        checkReads("{'type':'MultiPolygon','coordinates':[[[[112.5,26.9],[112.6,26.9],[112.6,27.0],[112.5,27.0],[112.5,26.9]],"
                        + "[[112.52,26.92],[112.52,26.93],[112.53,26.93],[112.52,26.92]]]]}",
                "MULTIPOLYGON (((112.5 26.9, 112.6 26.9, 112.6 27, 112.5 27, 112.5 26.9),"
                        + " (112.52 26.92, 112.52 26.93, 112.53 26.93, 112.52 26.92)))");
    }

    @Test
    void invalid_shapes_are_refused_with_their_location() {
        checkFails("{'type':'Polygon','coordinates':[[[112.5,26.9],[112.6,27.0],[112.6,26.9],[112.5,27.0],[112.5,26.9]]]}",
                "geometry", "Self-intersection at 112.55, 26.95");
        checkFails("{'type':'Polygon','coordinates':[[[112.5,26.9],[112.6,26.9],[112.6,27.0],[112.5,27.0]]]}",
                "geometry.coordinates[0]", "not closed");
        checkFails("{'type':'Point','coordinates':[112.5,26.9]}", "geometry.type", "Polygon or MultiPolygon");
        checkFails("{'type':'Polygon','coordinates':[[[26.9,112.5],[26.9,112.6],[27.0,112.6],[26.9,112.5]]]}",
                "geometry.coordinates[0][0]", "swapped");
        checkFails("{'type':'Polygon','coordinates':[[[112.5,26.9],[112.6,26.9]]]}",
                "geometry.coordinates[0]", "at least 4 positions");
        checkFails("{'type':'Polygon','coordinates':[[[112.5,'26.9'],[112.6,26.9],[112.6,27.0],[112.5,26.9]]]}",
                "geometry.coordinates[0][0]", "[longitude, latitude]");
        checkFails("{'type':'Polygon'}", "geometry.coordinates", "array of coordinates");
        checkFails("{'type':'Polygon','coordinates':[[[0,0],[1,0],[1,1],[0,0]]]}",
                "geometry.coordinates[0][0]", "outside the service extent");
    }

    @Test
    void the_vertex_budget_counts_every_ring() {
        StringBuilder ring = new StringBuilder("[[112.5,26.9]");
        for (int i = 1; i < 21; i++) {
            ring.append(",[112.5").append(i).append(",26.9").append(i % 2).append(']');
        }
        ring.append(",[112.5,26.9]]");
        checkFails("{'type':'Polygon','coordinates':[" + ring + "]}", "geometry.coordinates[0]", "too many vertices");
    }

    private void checkReads(String geojson, String wkt) throws Exception {
        var g = reader.read(JSON.readTree(geojson.replace('\'', '"')), "geometry");
        assertThat(g.equalsExact(new WKTReader().read(wkt))).as(g.toText()).isTrue();
        assertThat(g.getSRID()).isEqualTo(4326);
    }

    private void checkFails(String geojson, String field, String message) {
        assertThatThrownBy(() -> reader.read(JSON.readTree(geojson.replace('\'', '"')), "geometry"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors().get(0).field()).isEqualTo(field);
                    assertThat(e.errors().get(0).message()).contains(message);
                });
    }
}
