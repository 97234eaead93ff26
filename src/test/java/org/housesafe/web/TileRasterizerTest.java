package org.housesafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

/** The raster stand-in of RasterTileBench draws what the map's canvas draws (tile-draw.js, style.js). */
class TileRasterizerTest {
    private static final int EXTENT = 4096;

    @Test
    void a_footprint_is_filled_in_its_status_colour_and_its_courtyard_stays_clear() throws Exception {
        BufferedImage image = TileRasterizer.draw(layer(
                feature("POLYGON ((400 400, 2000 400, 2000 2000, 400 2000, 400 400), (1000 1000, 1000 1400, 1400 1400, 1400 1000, 1000 1000))",
                        Map.of("status", "surveyed", "judgement", "serious"))), 1);
        assertPixel(image, 40, 40, 0xbfd32f2f); // red fill at 75 % opacity
        assertPixel(image, 75, 75, 0x00000000); // 1000..1400 units: the courtyard
        assertPixel(image, 200, 200, 0x00000000);
    }

    @Test
    void the_grade_wins_over_the_judgement_and_an_end_state_over_both() throws Exception {
        String square = "POLYGON ((400 400, 2000 400, 2000 2000, 400 2000, 400 400))";
        assertPixel(TileRasterizer.draw(layer(feature(square, Map.of("status", "surveyed", "judgement", "serious", "grade", "A"))), 1), 40, 40, 0xbf1e6fd9);
        assertPixel(TileRasterizer.draw(layer(feature(square, Map.of("status", "closed", "grade", "D"))), 1), 40, 40, 0x267fa88f);
    }

    @Test
    void a_cell_is_a_square_whose_opacity_grows_with_its_count() throws Exception {
        BufferedImage one = TileRasterizer.draw(layer(feature("POINT (2048 2048)", Map.of("status", "unsurveyed", "count", 1L))), 1);
        BufferedImage hundred = TileRasterizer.draw(layer(feature("POINT (2048 2048)", Map.of("status", "unsurveyed", "count", 100L))), 1);
        assertPixel(one, 128, 128, 0x739e9e9e);     // 0.45
        assertPixel(hundred, 129, 129, 0xff9e9e9e); // 1.0
        assertPixel(hundred, 128, 133, 0x00000000); // 64 units = 4 px a side
    }

    @Test
    void a_tile_of_the_server_decodes_with_y_down_and_draws_at_twice_the_size_for_hidpi() throws Exception {
        JtsLayer decoded;
        try (InputStream in = Files.newInputStream(MvtFixtureTest.FIXTURES.resolve("buildings-16.mvt"))) {
            decoded = MvtReader.loadMvt(in, new GeometryFactory(), new TagKeyValueMapConverter(), MvtReader.RING_CLASSIFIER_V2_1)
                    .getLayer("buildings");
        }
        // buildings-16.mvt: an unsurveyed footprint at x 2383–2681, y 797–1132 of 4096 (tile-pick.test.js)
        BufferedImage image = TileRasterizer.draw(decoded, 2);
        assertThat(image.getWidth()).isEqualTo(512);
        assertPixel(image, 302, 125, 0xbf9e9e9e);
        assertPixel(image, 302, 512 - 125, 0x00000000);
    }

    private static Geometry feature(String wkt, Map<String, Object> properties) throws Exception {
        Geometry g = new WKTReader().read(wkt);
        g.setUserData(properties);
        return g;
    }

    private static JtsLayer layer(Geometry... features) {
        return new JtsLayer("buildings", List.of(features), EXTENT);
    }

    /** Pixel (x, y) is argb, each channel within 3 (Java2D rounds through premultiplied alpha, most at low opacity). */
    private static void assertPixel(BufferedImage image, int x, int y, int argb) {
        int p = image.getRGB(x, y);
        for (int shift = 0; shift < 32; shift += 8) {
            assertThat((p >>> shift) & 0xff).as("pixel %d,%d is %08x, expected %08x", x, y, p, argb)
                    .isCloseTo((argb >>> shift) & 0xff, within(3));
        }
    }
}
