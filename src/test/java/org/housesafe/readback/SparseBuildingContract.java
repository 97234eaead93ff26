package org.housesafe.readback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.AttributeSchema;
import org.housesafe.building.StoreFixture;
import org.housesafe.photo.PhotoHttp;
import org.housesafe.photo.TestImages;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No optional attribute is needed by a read (issue 13 point 1). Buildings are created over HTTP
 * with every optional field of the basic, construction and management blocks present, with each
 * of them null in turn, and with all of them absent (README's minimal example: house code and
 * address only); buildings with nothing optional are then walked through every branch of the
 * lifecycle with the smallest payloads the actions take. Every read route, for a district user
 * and for a masked planner, must then answer below 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SparseBuildingContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERIOUS = "{\"judgement\":\"serious\",\"hazardTypes\":[\"load_bearing_cracks\"]}";
    private static final String SOME = "{\"judgement\":\"some\",\"hazardTypes\":[\"alteration\"]}";
    private static final String HAZARD = "{\"kind\":\"onsite\",\"result\":\"hazard\"}";
    private static final Map<String, String> FULL = Map.ofEntries(
            Map.entry("basic.ownerName", "\"王建国\""), Map.entry("basic.ownerPhone", "\"13812345678\""),
            Map.entry("basic.ownerIdNumber", "\"430408198001011234\""), Map.entry("basic.landTenure", "\"collective\""),
            Map.entry("basic.locationTypes", "[\"urban_village\"]"), Map.entry("basic.floorsAbove", "3"),
            Map.entry("basic.floorsBelow", "0"), Map.entry("basic.height", "9.5"),
            Map.entry("basic.constructionPeriod", "\"2001_2010\""), Map.entry("basic.floorArea", "240.5"),
            Map.entry("basic.structure", "\"brick_concrete\""), Map.entry("basic.use", "\"operating\""),
            Map.entry("basic.businessTypes", "[\"catering\"]"), Map.entry("basic.crowded", "true"),
            Map.entry("basic.vacant", "false"), Map.entry("construction.professionallyDesigned", "false"),
            Map.entry("construction.builderType", "\"craftsman\""), Map.entry("construction.altered", "true"),
            Map.entry("construction.alterationTypes", "[\"add_floor\"]"),
            Map.entry("management.illegalConstruction", "false"), Map.entry("management.illegalApproval", "false"),
            Map.entry("management.noPermits", "true"));

    Database db;
    TestApp app;
    TestClient district;
    TestClient planner;
    TestClient inspector;
    TestClient office;
    TestClient appraiser;
    private final List<String> ids = new ArrayList<>();
    private final List<double[]> corners = new ArrayList<>();

    protected abstract Database openDatabase();

    @BeforeAll
    void load() throws Exception {
        db = openDatabase();
        app = new TestApp(db);
        app.services.units().insertAll(StoreFixture.units());
        Scope west = Scope.of(Set.of(StoreFixture.WEST));
        district = app.client(app.token(app.user("district", Role.DISTRICT, Scope.ALL)));
        planner = app.client(app.token(app.user("planner", Role.PLANNER, Scope.ALL)));
        inspector = app.client(app.token(app.user("inspector", Role.INSPECTOR, west)));
        office = app.client(app.token(app.user("office", Role.STREET_OFFICE, west)));
        appraiser = app.client(app.token(app.user("appraiser", Role.APPRAISER, west)));
        create(FULL);
        for (String field : optionalFields()) {
            Map<String, String> without = new LinkedHashMap<>(FULL);
            without.put(field, "null");
            create(without);
        }
        create(Map.of());
        walk(act("survey", "{\"judgement\":\"none\"}"), act("recheck", "{\"kind\":\"document\",\"result\":\"no_hazard\"}"));
        walk(act("survey", SOME), act("recheck", "{\"kind\":\"onsite\",\"result\":\"returned\"}"));
        walk(act("survey", SERIOUS), act("recheck", HAZARD));
        walk(act("survey", SOME), act("recheck", HAZARD), appraisal("A", "observe"));
        walk(act("survey", SERIOUS), act("recheck", HAZARD), appraisal("D", "demolish"),
                act("rectification_order", "{\"measures\":[\"repair_reinforce\"],\"responsible\":\"李建华\","
                        + "\"deadline\":\"2022-09-01\"}"),
                act("rectification_start", "{}"), act("rectification_done", "{\"completedDate\":\"2022-09-20\"}"),
                act("acceptance", "{\"acceptedDate\":\"2022-09-25\"}"));
        walk(act("survey", SOME), act("recheck", HAZARD), appraisal("C", "stop_use"),
                act("demolition_order", "{}"), act("demolition", "{\"date\":\"2022-10-01\",\"area\":120}"),
                act("close_out", "{}"));
        walk(act("demolition_order", "{}"), act("demolition", "{\"date\":\"2022-10-02\",\"area\":80}"),
                act("acceptance", "{\"acceptedDate\":\"2022-10-03\"}"));
    }

    @AfterAll
    void close() {
        app.close();
        db.close();
    }

    @Test
    void lists_and_single_buildings_with_absent_attributes_answer_below_500() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/api/buildings", "/api/buildings?limit=3",
                "/api/admin-units", "/api/changes", "/api/changes?after=0"));
        for (String id : ids) {
            paths.addAll(List.of("/api/buildings/" + id, "/api/buildings/" + id + "/events",
                    "/api/buildings/" + id + "/photos"));
        }
        readAll(paths);
    }

    @Test
    void statistics_by_every_grouping_progress_summary_and_report_answer_below_500() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/api/stats", "/api/stats?asOf=2022-12-31",
                "/api/stats/progress?interval=week", "/api/stats/progress?interval=month",
                "/api/stats/summary?groupBy=street", "/api/stats/summary?groupBy=community",
                "/api/stats/report", "/api/stats/report?from=2020-01-01&to=2099-12-31",
                "/api/stats/report?community=" + StoreFixture.WEST_NORTH));
        List<String> groupings = List.of("street", "community", "status", "judgement", "grade", "use", "structure",
                "constructionPeriod");
        for (String a : groupings) {
            paths.add("/api/stats?groupBy=" + a);
            paths.add("/api/stats?asOf=2099-12-31&groupBy=" + a);
            for (String b : groupings) {
                if (!a.equals(b)) {
                    paths.add("/api/stats?groupBy=" + a + "," + b);
                    paths.add("/api/stats?asOf=2099-12-31&groupBy=" + a + "," + b);
                }
            }
        }
        readAll(paths);
    }

    @Test
    void the_ledger_sorted_by_every_column_and_every_export_answer_below_500() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/api/ledger", "/api/export/ledger.xlsx",
                "/api/export/ledger.csv", "/api/export/buildings.geojson", "/api/export/buildings.geojsonl",
                "/api/export/buildings.geojson?crs=EPSG:4490", "/api/export/buildings.geojson?crs=GCJ-02",
                "/api/export/buildings.geojsonl?crs=GCJ-02"));
        for (String key : List.of("street", "community", "houseCode", "address", "floors", "floorArea", "period",
                "use", "judgement", "grade", "deadline", "status")) {
            for (String order : List.of("asc", "desc")) {
                paths.add("/api/ledger?limit=2&offset=2&sort=" + key + "&order=" + order);
                paths.add("/api/export/ledger.csv?sort=" + key + "&order=" + order);
                paths.add("/api/export/ledger.xlsx?sort=" + key + "&order=" + order);
            }
        }
        readAll(paths);
    }

    @Test
    void tiles_at_every_detail_over_absent_attributes_answer_below_500() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/tiles/buildings.json"));
        for (int z : new int[] {10, 14, 16, 18}) {
            double[] c = corners.get(corners.size() - 1);
            paths.add("/tiles/buildings/" + z + "/" + tileX(c[0], z) + "/" + tileY(c[1], z) + ".mvt");
        }
        readAll(paths);
    }

    /** GETs every path as the district user and as a planner (masked) and expects no 5xx. */
    private void readAll(List<String> paths) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (TestClient who : List.of(district, planner)) {
            for (String path : paths) {
                HttpResponse<String> r = who.get(path);
                soft.assertThat(r.statusCode()).as(path + " → " + r.body()).isLessThan(500);
            }
        }
        soft.assertAll();
    }

    private static List<String> optionalFields() {
        return AttributeSchema.fields().stream()
                .filter(f -> List.of(AttributeSchema.BASIC, AttributeSchema.CONSTRUCTION, AttributeSchema.MANAGEMENT)
                        .contains(f.block()))
                .map(AttributeSchema.Field::path)
                .filter(p -> !p.equals("basic.houseCode") && !p.equals("basic.address"))
                .toList();
    }

    /** Creates a building in the west street with {@code fields} (path → JSON value) set. */
    private String create(Map<String, String> fields) throws Exception {
        int n = ids.size();
        double lon = 112.51 + n * 0.0003;
        double lat = 26.95;
        ObjectNode properties = JSON.createObjectNode();
        ObjectNode basic = properties.putObject("basic");
        basic.put("houseCode", "SPARSE-" + n).put("address", "华兴街道稀疏" + n + "号");
        for (var e : fields.entrySet()) {
            String[] path = e.getKey().split("\\.");
            ObjectNode block = properties.has(path[0]) ? (ObjectNode) properties.get(path[0])
                    : properties.putObject(path[0]);
            block.set(path[1], JSON.readTree(e.getValue()));
        }
        String body = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat
                + "],[" + (lon + 0.0001) + "," + lat + "],[" + (lon + 0.0001) + "," + (lat + 0.0001) + "],[" + lon + ","
                + (lat + 0.0001) + "],[" + lon + "," + lat + "]]]},\"properties\":" + properties + "}";
        HttpResponse<String> r = district.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/buildings", "application/geo+json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asText();
        ids.add(id);
        corners.add(new double[] {lon, lat});
        return id;
    }

    /** One lifecycle action: its name and payload; {@link #walk} sends it as the role allowed to. */
    private record Step(String action, String payload) {
    }

    private static Step act(String action, String payload) {
        return new Step(action, payload);
    }

    private static Step appraisal(String grade, String recommendation) {
        return act("appraisal", "{\"grade\":\"" + grade + "\",\"agency\":\"衡阳鉴定所\",\"reportNo\":\"JD-1\","
                + "\"date\":\"2022-08-01\",\"recommendation\":\"" + recommendation + "\"}");
    }

    /** Creates a building with nothing optional and takes it through {@code steps}. */
    private void walk(Step... steps) throws Exception {
        String id = create(Map.of());
        int version = 1;
        for (Step s : steps) {
            TestClient who = switch (s.action()) {
                case "survey" -> inspector;
                case "recheck", "close_out" -> district;
                case "appraisal" -> appraiser;
                default -> office;
            };
            String payload = s.action().equals("demolition") ? withPhoto(id, s.payload()) : s.payload();
            HttpResponse<String> r = who.header("If-Match", "\"" + version + "\"")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .send("POST", "/api/buildings/" + id + "/events", "application/json", HttpRequest.BodyPublishers
                            .ofString("{\"action\":\"" + s.action() + "\",\"payload\":" + payload + "}"));
            assertThat(r.statusCode()).as(s.action() + ": " + r.body()).isEqualTo(200);
            version = JSON.readTree(r.body()).get("properties").get("version").asInt();
        }
    }

    /** Uploads a photo to the building and adds its id to the payload as evidence. */
    private String withPhoto(String id, String payload) throws Exception {
        String boundary = "----sparse" + UUID.randomUUID();
        HttpResponse<String> r = office.post("/api/buildings/" + id + "/photos", "multipart/form-data; boundary="
                + boundary, HttpRequest.BodyPublishers.ofByteArray(
                PhotoHttp.multipart(boundary, "file", "site.jpg", "image/jpeg", TestImages.jpeg(64, 48))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        ObjectNode p = (ObjectNode) JSON.readTree(payload);
        p.putArray("photos").add(JSON.readTree(r.body()).get("id").asText());
        return p.toString();
    }

    private static int tileX(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    private static int tileY(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }
}
