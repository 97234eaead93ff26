package org.housesafe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.config.Extent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/** The synthetic city: deterministic, the promised count, valid footprints inside their units. */
class SyntheticCityTest {
    private static final long N = 5_000;
    private final CityPlan plan = CityPlan.of(11, N);
    private final AdminGrid grid = new AdminGrid(plan);
    private final CityWriter writer = new CityWriter(plan, grid);

    @Test
    void the_same_seed_writes_the_same_bytes_and_a_range_matches_the_whole(@TempDir Path dir) throws Exception {
        writer.writeGeoJson(0, N, dir.resolve("a.geojson"), n -> { }, null);
        writer.writeGeoJson(0, N, dir.resolve("b.geojson"), n -> { }, null);
        new CityWriter(CityPlan.of(11, N), new AdminGrid(CityPlan.of(11, N)))
                .writeGeoJson(N - 10, N, dir.resolve("tail.geojson"), n -> { }, null);
        String whole = Files.readString(dir.resolve("a.geojson"));
        assertThat(whole).isEqualTo(Files.readString(dir.resolve("b.geojson")));
        List<String> lines = whole.lines().toList();
        List<String> tail = Files.readString(dir.resolve("tail.geojson")).lines().toList();
        assertThat(stripComma(tail.get(5))).isEqualTo(stripComma(lines.get(lines.size() - 2 - 10 + 5)));
    }

    @Test
    void every_building_is_a_valid_footprint_of_6_to_40_metres_inside_its_community_and_street() {
        Map<String, Geometry> units = new HashMap<>();
        for (AdminUnit u : grid.units()) {
            units.put(u.code(), u.boundary());
        }
        STRtree index = new STRtree();
        List<Geometry> all = new ArrayList<>();
        Set<String> houseCodes = new HashSet<>();
        writer.forEach(0, N, h -> {
            Geometry f = h.footprint().polygon();
            assertThat(f.isValid()).as(h.houseCode()).isTrue();
            assertThat(h.footprint().areaM2()).as(h.houseCode()).isBetween(30.0, 1600.0);
            assertThat(units.get(h.community().code()).contains(f)).as(h.houseCode()).isTrue();
            assertThat(units.get(h.street().code()).contains(f)).as(h.houseCode()).isTrue();
            assertThat(Extent.HENGYANG.contains(f.getCentroid().getX(), f.getCentroid().getY())).isTrue();
            assertThat(houseCodes.add(h.houseCode())).as(h.houseCode()).isTrue();
            index.insert(f.getEnvelopeInternal(), f);
            all.add(f);
        });
        assertThat(all).hasSize((int) N);
        for (Geometry f : all) {
            for (Object o : index.query(f.getEnvelopeInternal())) {
                assertThat(o == f || !f.intersects((Geometry) o)).as("footprints never touch").isTrue();
            }
        }
    }

    @Test
    void a_quarter_lives_in_the_central_city_inside_the_drawn_polygon() {
        Workload work = new Workload(plan);
        long[] inside = {0};
        writer.forEach(0, N, h -> inside[0] += work.cityPolygon.contains(h.footprint().polygon()) ? 1 : 0);
        assertThat(inside[0]).isEqualTo(work.cityHouses).isEqualTo(N / 4);
        assertThat(work.detailTiles.get(0).houses()).isGreaterThanOrEqualTo(work.detailTiles.get(1).houses());
    }

    private static String stripComma(String line) {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }
}
