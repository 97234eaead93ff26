package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.housesafe.building.Building;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/**
 * GeoJSON and GeoJSON text sequence exports over HTTP, on the backend a subclass opens: counts
 * against the fixture, RFC 7946 shape, coordinate systems, scope, masking, bad input, and GDAL
 * reading the files back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeoJsonExportContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String HAZARDS_WEST = "street=" + ExportFixture.WEST + "&judgement=serious,some";

    ExportWorld world;

    /** A freshly migrated, empty database of the backend under test. */
    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        world = new ExportWorld(openDatabase());
    }

    @AfterAll
    void stop() {
        world.close();
    }

    private static boolean hazardWest(Building b) {
        return b.streetCode().equals(ExportFixture.WEST) && b.judgement() != null && b.judgement().isHazard();
    }

    private JsonNode collection(String token, String query) throws Exception {
        HttpResponse<byte[]> r = world.get(token, "/api/export/buildings.geojson?" + query);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode feature(JsonNode collection, String houseCode) {
        for (JsonNode f : collection.get("features")) {
            if (f.at("/properties/houseCode").asText().equals(houseCode)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + houseCode);
    }

    @Test
    void a_collection_holds_every_matching_building_and_says_how_many_before_the_features() throws Exception {
        JsonNode fc = collection(world.district, HAZARDS_WEST);
        long expected = world.count(GeoJsonExportContract::hazardWest);
        assertThat(expected).isGreaterThan(10);
        List<String> members = new ArrayList<>();
        fc.fieldNames().forEachRemaining(members::add);
        assertThat(members).containsExactly("type", "coordinateSystem", "numberMatched", "features");
        assertThat(fc.get("numberMatched").asLong()).isEqualTo(expected);
        assertThat(fc.get("features").size()).isEqualTo((int) expected);
        JsonNode list = JSON.readTree(world.get(world.district, "/api/buildings?limit=1&" + HAZARDS_WEST).body());
        assertThat(list.get("numberMatched").asLong()).isEqualTo(expected);
    }

    @Test
    void features_are_rfc_7946_with_counter_clockwise_rings_and_no_crs_member() throws Exception {
        JsonNode fc = collection(world.district, HAZARDS_WEST);
        assertThat(fc.has("crs")).isFalse();
        for (JsonNode f : fc.get("features")) {
            JsonNode ring = f.at("/geometry/coordinates/0");
            Coordinate[] coords = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                coords[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
                assertThat(ring.get(i).get(0).decimalValue().scale()).isLessThanOrEqualTo(7);
            }
            assertThat(Orientation.isCCW(coords)).as(f.get("id").asText()).isTrue();
        }
    }

    @Test
    void properties_carry_the_summary_and_ledger_fields_under_stable_keys() throws Exception {
        JsonNode p = feature(collection(world.district, HAZARDS_WEST), ExportFixture.houseCode(10)).get("properties");
        List<String> keys = new ArrayList<>();
        p.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("houseCode", "address", "streetCode", "streetName", "communityCode",
                "communityName", "status", "judgement", "grade", "use", "structure", "constructionPeriod",
                "floorsAbove", "floorArea", "footprintArea", "vacant", "ownerName", "hazardTypes", "measures",
                "responsible", "deadline", "overdue", "completedDate", "closed", "batch", "updatedAt");
        assertThat(p.get("streetName").asText()).isEqualTo("华兴街道");
        assertThat(p.get("ownerName").asText()).isEqualTo(ExportFixture.OWNER);
        assertThat(p.get("grade").asText()).isEqualTo("C");
        assertThat(p.get("hazardTypes").toString()).isEqualTo("[\"foundation_settlement\",\"business_fire\"]");
        assertThat(p.get("completedDate").asText()).isEqualTo("2022-08-15");
    }

    @Test
    void the_answer_is_a_geojson_attachment_named_for_the_area_and_the_date() throws Exception {
        HttpResponse<byte[]> r = world.get(world.district, "/api/export/buildings.geojson?" + HAZARDS_WEST);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        String today = world.app.services.buildings().today().toString();
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"buildings-"
                + ExportFixture.WEST + "-" + today + "-WGS84.geojson\"; filename*=UTF-8''"
                + ExportArea.rfc5987("华兴街道-房屋-" + today + "-WGS84.geojson"));
    }

    @Test
    void every_file_name_carries_its_coordinate_system_and_gcj02_says_it_is_for_web_maps_only() throws Exception {
        String today = world.app.services.buildings().today().toString();
        assertThat(disposition("buildings.geojson?crs=EPSG:4490&" + HAZARDS_WEST))
                .contains("filename=\"buildings-" + ExportFixture.WEST + "-" + today + "-CGCS2000.geojson\"");
        assertThat(disposition("buildings.geojsonl?" + HAZARDS_WEST)).contains("-WGS84.geojsonl\"");
        String gcj = disposition("buildings.geojsonl?crs=GCJ-02&" + HAZARDS_WEST);
        assertThat(gcj).contains("filename=\"buildings-" + ExportFixture.WEST + "-" + today
                + "-GCJ02-web-map-display-only.geojsonl\"");
        assertThat(gcj).contains(ExportArea.rfc5987("-GCJ02-仅供网页地图显示.geojsonl"));
        JsonNode fc = collection(world.district, HAZARDS_WEST + "&crs=GCJ-02");
        assertThat(fc.at("/coordinateSystem/note").asText()).contains("仅供在高德、腾讯等中国网页地图上显示");
    }

    private String disposition(String export) throws Exception {
        HttpResponse<byte[]> r = world.get(world.district, "/api/export/" + export);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.headers().firstValue("Content-Disposition").orElseThrow();
    }

    @Test
    void cgcs2000_declares_itself_and_keeps_the_coordinates() throws Exception {
        JsonNode wgs = collection(world.district, HAZARDS_WEST);
        JsonNode cgcs = collection(world.district, HAZARDS_WEST + "&crs=EPSG:4490");
        assertThat(wgs.at("/coordinateSystem/id").asText()).isEqualTo("EPSG:4326");
        assertThat(cgcs.at("/coordinateSystem/id").asText()).isEqualTo("EPSG:4490");
        assertThat(cgcs.get("features")).isEqualTo(wgs.get("features"));
        assertThat(cgcs.at("/crs/properties/name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::4490");
    }

    @Test
    void gdal_reports_epsg_4490_for_a_cgcs2000_export_and_4326_for_the_default() throws Exception {
        Ogr.require();
        Path cgcs = world.download("/api/export/buildings.geojson?crs=EPSG:4490&" + HAZARDS_WEST, "cgcs.geojson");
        Path wgs = world.download("/api/export/buildings.geojson?" + HAZARDS_WEST, "wgs.geojson");
        assertThat(Ogr.summary(cgcs)).contains("ID[\"EPSG\",4490]]", "Data axis to CRS axis mapping: 2,1");
        assertThat(Ogr.summary(wgs)).contains("ID[\"EPSG\",4326]]");
    }

    @Test
    void a_text_sequence_cannot_declare_cgcs2000_to_gis_tools_so_it_is_refused() throws Exception {
        assertProblem(world.district, "/api/export/buildings.geojsonl?crs=EPSG:4490", 400, "crs");
    }

    @Test
    void gcj02_shifts_every_vertex_and_says_so() throws Exception {
        String code = ExportFixture.houseCode(10);
        JsonNode wgs = feature(collection(world.district, HAZARDS_WEST), code).at("/geometry/coordinates/0/0");
        JsonNode gcj = collection(world.district, HAZARDS_WEST + "&crs=GCJ-02");
        assertThat(gcj.at("/coordinateSystem/id").asText()).isEqualTo("GCJ-02");
        double[] expected = Gcj02.fromWgs84(wgs.get(0).asDouble(), wgs.get(1).asDouble());
        JsonNode shifted = feature(gcj, code).at("/geometry/coordinates/0/0");
        assertThat(shifted.get(0).asDouble()).isCloseTo(expected[0], within(2e-7));
        assertThat(shifted.get(1).asDouble()).isCloseTo(expected[1], within(2e-7));
    }

    @Test
    void a_text_sequence_has_one_rs_prefixed_feature_per_line() throws Exception {
        HttpResponse<byte[]> r = world.get(world.district, "/api/export/buildings.geojsonl?crs=GCJ-02&" + HAZARDS_WEST);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json-seq"));
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).endsWith("\n");
        String[] lines = body.split("\n");
        assertThat(lines).hasSize((int) world.count(GeoJsonExportContract::hazardWest));
        for (String line : lines) {
            assertThat(line).startsWith("\u001e{\"type\":\"Feature\"");
            assertThat(JSON.readTree(line.substring(1)).get(ExportCrs.MEMBER).asText()).isEqualTo("GCJ-02");
        }
    }

    @Test
    void a_street_office_exports_its_own_street_only_and_a_planner_sees_owners_masked() throws Exception {
        JsonNode own = collection(world.street, "judgement=serious,some");
        assertThat(own.get("numberMatched").asLong()).isEqualTo(world.count(GeoJsonExportContract::hazardWest));
        Set<String> streets = new HashSet<>();
        own.get("features").forEach(f -> streets.add(f.at("/properties/streetCode").asText()));
        assertThat(streets).containsExactly(ExportFixture.WEST);
        JsonNode masked = collection(world.planner, HAZARDS_WEST);
        assertThat(feature(masked, ExportFixture.houseCode(10)).at("/properties/ownerName").asText()).isEqualTo("王*国");
    }

    @Test
    void bad_input_is_a_clear_4xx_problem() throws Exception {
        assertProblem(world.district, "/api/export/buildings.geojson?crs=EPSG:3857", 400, "EPSG:4490");
        assertProblem(world.district, "/api/export/buildings.geojsonl?crs=EPSG:3857", 400, "GCJ-02");
        assertProblem(world.district, "/api/export/buildings.geojson?status=nope", 400, "status");
        assertProblem(world.district, "/api/export/buildings.geojson?limit=10", 400, "limit");
        assertProblem(world.street, "/api/export/buildings.geojson?street=" + ExportFixture.EAST, 403, "");
        assertProblem(null, "/api/export/buildings.geojson", 401, "");
    }

    private void assertProblem(String token, String path, int status, String mentions) throws Exception {
        HttpResponse<byte[]> r = world.get(token, path);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(r.statusCode()).as(path + " → " + body).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(body).contains(mentions);
    }

    @Test
    void gdal_reads_the_collection_and_the_sequence_with_as_many_features_as_matched() throws Exception {
        Ogr.require();
        long matched = collection(world.district, HAZARDS_WEST).get("numberMatched").asLong();
        Path fc = world.download("/api/export/buildings.geojson?" + HAZARDS_WEST, "buildings.geojson");
        Path seq = world.download("/api/export/buildings.geojsonl?" + HAZARDS_WEST, "buildings.geojsonl");
        assertThat(Ogr.featureCount(fc)).isEqualTo(matched);
        assertThat(Ogr.featureCount(seq)).isEqualTo(matched);
        assertThat(Ogr.summary(fc)).contains("houseCode: String", "floorArea: Real", "hazardTypes: StringList");
    }

    @Test
    void an_export_of_everything_streams_every_building() throws Exception {
        JsonNode fc = collection(world.district, "");
        assertThat(fc.get("numberMatched").asLong()).isEqualTo(ExportFixture.COUNT);
        Set<String> ids = new HashSet<>();
        fc.get("features").forEach(f -> ids.add(f.get("id").asText()));
        assertThat(ids).hasSize(ExportFixture.COUNT);
    }
}
