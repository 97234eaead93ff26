package org.housesafe.tile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.config.Extent;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** README's GDAL example downloads a tile that shows something: a demo building of 华兴 lies in it. */
class ReadmeTileExampleTest {
    private static final Pattern EXAMPLE = Pattern.compile("curl [^\\n]*/tiles/buildings/(\\d+)/(\\d+)/(\\d+)\\.mvt");

    @Test
    void the_readme_gdal_example_tile_holds_demo_buildings_of_the_demo_inspectors_street() throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        assertThat(m.find()).as("README has a curl example of a tile").isTrue();
        Tile tile = new Tile(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        Envelope area = tile.lonLat(0);
        FootprintReader reader = new FootprintReader(Extent.HENGYANG, Integer.MAX_VALUE);
        JsonNode demo = new ObjectMapper().readTree(Path.of("gis-data", "buildings.geojson").toFile());
        long inside = 0;
        for (JsonNode f : demo.get("features")) {
            boolean huaxing = f.at("/properties/houseCode").asText().startsWith("430408003");
            if (huaxing && reader.read(f.get("geometry"), "geometry").getEnvelopeInternal().intersects(area)) {
                inside++;
            }
        }
        assertThat(inside).as("demo buildings of 华兴街道 in tile " + tile).isGreaterThanOrEqualTo(10);
    }
}
