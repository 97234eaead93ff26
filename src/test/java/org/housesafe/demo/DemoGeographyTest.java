package org.housesafe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.geographiclib.Geodesic;
import org.assertj.core.data.Percentage;
import org.housesafe.demo.DemoFiles.Building;
import org.housesafe.demo.DemoFiles.Unit;
import org.housesafe.platform.geo.GeodesicArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/** The demo geometry: footprints and admin units, checked as written (after rounding). */
class DemoGeographyTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double CAMPUS_LON = 112.512;
    private static final double CAMPUS_LAT = 26.883;

    @TempDir
    static Path tmp;
    private static DemoFiles data;

    @BeforeAll
    static void generate() throws IOException {
        data = DemoFiles.generate(tmp);
    }

    @Test
    void house_footprints_are_valid_polygons_of_60_to_180_m2() {
        assertThat(data.buildings()).allMatch(b -> b.footprint().isValid());
        for (Building b : data.houses()) {
            double area = GeodesicArea.of(b.footprint());
            assertThat(area).as(b.houseCode()).isBetween(60.0, 180.0);
            int storeys = b.basic().get("floorsAbove").asInt() + b.basic().get("floorsBelow").asInt();
            assertThat(b.basic().get("floorsAbove").asInt()).isBetween(1, 6);
            assertThat(b.basic().get("floorArea").asDouble() / (area * storeys)).isBetween(0.85, 1.0);
        }
    }

    @Test
    void forty_four_sheds_near_the_campus_total_3000_m2_and_were_never_surveyed() {
        assertThat(data.sheds()).hasSize(44).allMatch(b -> b.status().equals("closed") && !b.surveyed()
                && b.events().stream().map(e -> e.get("type").asText()).toList()
                .equals(List.of("demolition_order", "demolition", "close_out")));
        double total = 0;
        for (Building b : data.sheds()) {
            double area = GeodesicArea.of(b.footprint());
            assertThat(area).as(b.houseCode()).isBetween(40.0, 110.0);
            total += area;
            Point p = b.footprint().getInteriorPoint();
            assertThat(Geodesic.WGS84.Inverse(CAMPUS_LAT, CAMPUS_LON, p.getY(), p.getX()).s12).isLessThan(1000);
        }
        assertThat(total).isBetween(3000 * 0.95, 3000 * 1.05);
    }

    @Test
    void every_footprint_lies_inside_one_community_of_its_street() {
        for (Building b : data.buildings()) {
            List<Unit> in = data.communities().stream().filter(c -> c.boundary().contains(b.footprint())).toList();
            assertThat(in).as(b.houseCode()).hasSize(1);
            assertThat(in.get(0).parentCode()).isEqualTo(data.streetOf(b).code());
        }
    }

    @Test
    void no_two_footprints_overlap() {
        STRtree index = new STRtree();
        data.buildings().forEach(b -> index.insert(b.footprint().getEnvelopeInternal(), b));
        List<String> clashes = new ArrayList<>();
        for (Building b : data.buildings()) {
            for (Object o : index.query(b.footprint().getEnvelopeInternal())) {
                if (o != b && b.footprint().intersects(((Building) o).footprint())) {
                    clashes.add(b.houseCode() + " × " + ((Building) o).houseCode());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void streets_have_their_real_names_and_codes_and_hold_their_centres_and_the_campus() {
        assertThat(data.streets()).extracting(Unit::code, Unit::name).containsExactly(
                tuple("430408003", "华兴街道"), tuple("430406006", "金龙坪街道"), tuple("430408004", "联合街道"));
        assertThat(data.streets()).allMatch(s -> !s.properties().get("synthetic").asBoolean()
                && s.properties().get("level").asText().equals("street") && s.parentCode() == null);
        assertThat(data.street("430408003").boundary().contains(point(112.575, 26.900))).isTrue();
        assertThat(data.street("430406006").boundary().contains(point(112.522, 26.876))).isTrue();
        assertThat(data.street("430406006").boundary().contains(point(CAMPUS_LON, CAMPUS_LAT))).isTrue();
        assertThat(data.street("430408004").boundary().contains(point(112.603, 26.876))).isTrue();
        assertNoOverlaps(data.streets());
    }

    @Test
    void communities_tile_their_street_without_overlap() {
        Geometry[] all = data.communities().stream().map(Unit::boundary).toArray(Geometry[]::new);
        assertThat(CoverageValidator.validate(all)).containsOnlyNulls();
        assertNoOverlaps(data.communities());
        for (Unit street : data.streets()) {
            List<Unit> parts = data.communities().stream().filter(c -> street.code().equals(c.parentCode())).toList();
            assertThat(parts).allMatch(c -> street.boundary().covers(c.boundary()));
            double sum = parts.stream().mapToDouble(c -> GeodesicArea.of(c.boundary())).sum();
            assertThat(sum).isCloseTo(GeodesicArea.of(street.boundary()), Percentage.withPercentage(1e-6));
        }
    }

    @Test
    void community_names_and_codes_are_flagged_real_or_made_up() {
        assertThat(data.communities()).allMatch(c -> c.code().matches("\\d{12}") && c.code().startsWith(c.parentCode())
                && c.properties().get("codeSynthetic").asBoolean() && c.properties().get("synthetic").asBoolean()
                && c.properties().get("level").asText().equals("community"));
        Map<String, List<Unit>> byStreet = data.communities().stream().collect(Collectors.groupingBy(Unit::parentCode));
        assertThat(byStreet.get("430408004")).extracting(Unit::name).containsExactlyInAnyOrder(
                "杨柳村", "北塘村", "大栗新村", "幸福路", "洪家湾", "张家山", "岳屏新村", "风口", "南三角线");
        assertThat(byStreet.get("430408004")).allMatch(c -> !c.properties().get("nameSynthetic").asBoolean());
        assertThat(byStreet.get("430406006")).hasSizeBetween(4, 6).anyMatch(c -> c.name().equals("长塘村"))
                .allMatch(c -> c.properties().get("nameSynthetic").asBoolean() == !c.name().equals("长塘村"));
        assertThat(byStreet.get("430408003")).hasSizeBetween(4, 6)
                .allMatch(c -> c.properties().get("nameSynthetic").asBoolean());
    }

    private static void assertNoOverlaps(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                assertThat(units.get(i).boundary().relate(units.get(j).boundary(), "T********"))
                        .as(units.get(i).name() + " × " + units.get(j).name()).isFalse();
            }
        }
    }

    private static Point point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }
}
