package org.housesafe.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;

/** Tile coordinates, the tiles a change touches, and footprints in tile units. */
class TileTest {

    @ParameterizedTest(name = "{0}/{1}/{2} → 400 on {3}")
    @CsvSource({
        "23, 0, 0, z", "-1, 0, 0, z", "a, 0, 0, z", "'', 0, 0, z", "1.5, 0, 0, z",
        "0, 1, 0, x", "1, 2, 0, x", "16, 65536, 0, x", "16, 0x1, 0, x",
        "0, 0, 1, y", "16, 0, 65536, y", "16, 0, 999999999, y", "16, 0, ' 1', y",
    })
    void a_tile_outside_the_pyramid_is_a_400_naming_the_coordinate(String z, String x, String y, String field) {
        assertThatThrownBy(() -> Tile.parse(z, x, y)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).extracting(ApiException.FieldError::field).containsExactly(field);
        });
    }

    @Test
    void the_corners_of_the_pyramid_are_tiles() {
        assertThat(Tile.parse("0", "0", "0")).isEqualTo(new Tile(0, 0, 0));
        assertThat(Tile.parse("22", "4194303", "4194303")).isEqualTo(new Tile(22, 4194303, 4194303));
    }

    @Test
    void a_tile_knows_its_bounds_in_web_mercator_and_in_degrees() {
        Envelope world = new Tile(0, 0, 0).mercator(0);
        assertThat(world.getMinX()).isCloseTo(-20037508.34, org.assertj.core.data.Offset.offset(0.01));
        assertThat(world.getMaxY()).isCloseTo(20037508.34, org.assertj.core.data.Offset.offset(0.01));
        Envelope t = new Tile(16, 53266, 27680).lonLat(0);   // x / 2^z * 360 - 180, atan(sinh(π (1 - 2 y / 2^z)))
        assertThat(t.getMinX()).isCloseTo(112.598877, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(t.getMaxY()).isCloseTo(26.902477, org.assertj.core.data.Offset.offset(1e-6));
        double size = new Tile(16, 0, 0).size();
        assertThat(new Tile(16, 53266, 27680).mercator(Tile.BUFFER).getWidth())
                .isCloseTo(size * (1 + 2.0 * Tile.BUFFER / Tile.EXTENT), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void a_change_touches_its_tile_and_the_neighbours_whose_buffer_reaches_it_at_every_zoom() {
        Tile home = new Tile(16, 53266, 27680);
        Envelope inside = home.lonLat(-1024);                  // well inside: no neighbour's buffer reaches it
        TileRanges ranges = TileRanges.of(List.of(inside));
        assertThat(ranges.contains(home)).isTrue();
        assertThat(ranges.contains(new Tile(16, 53267, 27680))).isFalse();
        for (int z = 0; z <= Tile.MAX_ZOOM; z++) {
            assertThat(ranges.count(z)).as("zoom %d", z).isGreaterThanOrEqualTo(1);
        }
        assertThat(ranges.contains(new Tile(15, 26633, 13840))).isTrue();
        assertThat(ranges.contains(new Tile(0, 0, 0))).isTrue();
        assertThat(ranges.count(16)).isEqualTo(1);
        Envelope edge = home.lonLat(0);
        Envelope nearEast = new Envelope(edge.getMaxX() - 1e-7, edge.getMaxX() - 1e-7, edge.getMinY() + 1e-3,
                edge.getMinY() + 1e-3);                          // 1 cm inside the east edge
        assertThat(TileRanges.of(List.of(nearEast)).contains(new Tile(16, 53267, 27680))).isTrue();
        assertThat(TileRanges.of(List.of(nearEast)).contains(new Tile(16, 53265, 27680))).isFalse();
    }

    @Test
    void an_old_and_a_new_place_far_apart_touch_two_spots_not_the_land_between() {
        Envelope a = new Tile(16, 53266, 27680).lonLat(-1024);
        Envelope b = new Tile(16, 53276, 27680).lonLat(-1024);
        TileRanges ranges = TileRanges.of(List.of(a, b));
        assertThat(ranges.contains(new Tile(16, 53266, 27680))).isTrue();
        assertThat(ranges.contains(new Tile(16, 53276, 27680))).isTrue();
        assertThat(ranges.contains(new Tile(16, 53270, 27680))).isFalse();
        assertThat(ranges.count(16)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // a square of 64×64 tile units in the middle of tile 16/53266/27680
        "POLYGON ((0.25 0.25, 0.265625 0.25, 0.265625 0.265625, 0.25 0.265625, 0.25 0.25)) | POLYGON ((1024 3072, 1088 3072, 1088 3008, 1024 3008, 1024 3072))",
        // reaching 1000 units beyond the west edge: clipped at the buffer
        "POLYGON ((-0.25 0.25, 0.25 0.25, 0.25 0.5, -0.25 0.5, -0.25 0.25)) | POLYGON ((-64 3072, 1024 3072, 1024 2048, -64 2048, -64 3072))",
        // a tenth of a unit wide: snapped to whole units it collapses
        "POLYGON ((0.25 0.25, 0.25001 0.25, 0.25001 0.5, 0.25 0.5, 0.25 0.25)) | null",
        // beyond the buffer: nothing
        "POLYGON ((1.5 0.25, 1.75 0.25, 1.75 0.5, 1.5 0.5, 1.5 0.25)) | null",
    })
    void a_footprint_in_tile_units_is_projected_clipped_and_snapped(String relative, String expected) throws Exception {
        Tile tile = new Tile(16, 53266, 27680);
        var g = new WKTReader().read(relative);
        Envelope t = tile.lonLat(0);
        // the relative coordinates are fractions of the tile from its south-west corner, in degrees
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.setX(t.getMinX() + c.getX() * t.getWidth());
            c.setY(Tile.lat(Tile.mercatorY(t.getMinY()) + c.getY() * tile.size()));
        });
        g.geometryChanged();
        var out = H2gisTileStore.inTileUnits(g, tile);
        if ("null".equals(expected)) {
            assertThat(out).isNull();
        } else {
            assertThat(out.equalsTopo(new WKTReader().read(expected))).as(String.valueOf(out)).isTrue();
        }
    }

    @ParameterizedTest(name = "If-None-Match {0} vs \"abc\" → {1}")
    @CsvSource(delimiter = '|', value = {"\"abc\" | true", "W/\"abc\" | true", "\"x\", \"abc\" | true", "* | true",
        "\"abd\" | false", "abc | false"})
    void if_none_match_compares_weakly(String header, boolean matches) {
        assertThat(TileRoutes.matches(header, "\"abc\"")).isEqualTo(matches);
    }
}
