package org.housesafe.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.housesafe.importer.ImportFixture.collection;
import static org.housesafe.importer.ImportFixture.feature;
import static org.housesafe.importer.ImportFixture.polygon;
import static org.housesafe.importer.ImportFixture.properties;
import static org.housesafe.importer.ImportFixture.square;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.HouseSafe;
import org.housesafe.account.Scope;
import org.housesafe.building.Building;
import org.housesafe.building.StoreFixture;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.AuditVerifier;
import org.housesafe.lifecycle.Event;
import org.housesafe.platform.Sha256;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.geo.GeodesicArea;
import org.housesafe.platform.geo.Wkb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bulk import against a real database: all or nothing, every error with its feature index. */
abstract class ImportContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    Database db;
    HouseSafe.Services services;
    BulkImport importer;
    final List<String> progress = new ArrayList<>();

    abstract Database openDatabase();

    @BeforeEach
    void start() {
        db = openDatabase();
        services = HouseSafe.Services.of(Config.defaults(), db, Clock.systemUTC());
        services.units().insertAll(StoreFixture.units());
        importer = new BulkImport(db, services.buildings(), services.units(), Clock.systemUTC(), 2, () -> { });
    }

    @AfterEach
    void stop() {
        db.close();
    }

    ImportResult run(String text) throws Exception {
        return importer.run(ImportFixture.stream(text), ImportOptions.of("test.geojson", "import-bot"),
                (phase, done, total) -> progress.add(phase + " " + done));
    }

    long count(String table) {
        return new Jdbc(db).one("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow();
    }

    @Test
    void loads_every_feature_with_its_codes_area_and_a_verifiable_history() throws Exception {
        String text = ImportFixture.valid(0, 1200);
        ImportResult r = run(text);

        assertThat(r.errors()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.features()).isEqualTo(1200);
        assertThat(r.sha256()).isEqualTo(Sha256.hex(text));
        assertThat(count("building")).isEqualTo(1200);
        assertThat(count("building_event")).isEqualTo(1200);
        for (int i : new int[] {0, 1, 2, 3, 1199}) {
            Building b = byHouseCode(ImportFixture.houseCode(i));
            assertThat(b.streetCode()).as("street of %d", i).isEqualTo(ImportFixture.street(i));
            assertThat(b.communityCode()).as("community of %d", i).isEqualTo(ImportFixture.community(i));
            assertThat(b.footprintArea()).isCloseTo(GeodesicArea.of(Wkb.FACTORY.toGeometry(
                    b.footprint().getEnvelopeInternal())), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(b.status().code()).isEqualTo("unsurveyed");
            List<Event> history = services.buildings().history(b.id(), Scope.ALL);
            assertThat(history).hasSize(1);
            assertThat(history.get(0).type()).isEqualTo("import");
            assertThat(history.get(0).actor()).isEqualTo("import-bot");
            JsonNode payload = JSON.readTree(history.get(0).payloadJson());
            assertThat(payload.get("importId").asText()).isEqualTo(r.importId().toString());
            assertThat(payload.get("feature").asLong()).isEqualTo(i);
        }
        assertThat(new AuditVerifier(db).verify().ok()).isTrue();
        assertThat(new Jdbc(db).one("SELECT feature_count, sha256, actor, file_name FROM import_batch WHERE id = ?",
                rs -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4),
                r.importId())).contains("1200 " + r.sha256() + " import-bot test.geojson");
        assertThat(progress).contains("VALIDATING 1200", "DONE 1200").anyMatch(p -> p.startsWith("LOADING"));
    }

    @Test
    void reports_every_bad_feature_with_its_index_and_writes_nothing() throws Exception {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            f.add(feature(i));
        }
        String bowTie = "[[[112.52,26.92],[112.5201,26.9201],[112.5201,26.92],[112.52,26.9201],[112.52,26.92]]]";
        f.set(2, feature(polygon(bowTie), properties(2, "")));
        f.set(4, feature(polygon(square(113.9, 26.92, 0.0001)), properties(4, "")));     // outside the extent
        f.set(6, feature(polygon(square(112.51, 26.71, 0.0001)), properties(6, "")));    // in no street
        f.set(8, feature(polygon(square(ImportFixture.lon(8), ImportFixture.lat(8), 0.0001)),
                properties(8, ",\"landTenure\":\"xyz\",\"structure\":\"paper\"")));
        f.set(10, "{\"type\":\"Feature\",\"properties\":" + properties(10, "") + "}");
        f.set(12, feature("{\"type\":\"Point\",\"coordinates\":[112.52,26.92]}", properties(12, "")));
        f.set(13, "42");
        f.set(14, feature(14).replace("\"address\"", "\"houseCode\":\"again\",\"address\""));
        f.set(15, feature(polygon(square(ImportFixture.lon(15), ImportFixture.lat(15), 0.0001)), properties(3, "")));
        f.set(17, feature(polygon(square(ImportFixture.lon(17), ImportFixture.lat(17), 0.0001)),
                "{\"basic\":{\"address\":\"无编码\"}}"));
        ImportResult r = run(collection(f));

        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(ImportError::index)
                .containsExactly(2L, 4L, 6L, 8L, 8L, 10L, 12L, 13L, 14L, 15L, 17L);
        assertThat(r.errors()).extracting(ImportError::toString).anySatisfy(s -> assertThat(s)
                .startsWith("feature 2: geometry: Self-intersection"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 4: geometry.coordinates[0][0]: position 113.9"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 6: geometry: the footprint lies in no street"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 8: properties.basic.landTenure: must be one of ["))
                .anySatisfy(s -> assertThat(s).startsWith("feature 8: properties.basic.structure:"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 10: geometry: a GeoJSON Polygon"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 12: geometry.type: must be Polygon or MultiPolygon"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 13: must be a GeoJSON Feature object"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 14: repeats the member 'houseCode'"))
                .anySatisfy(s -> assertThat(s).isEqualTo("feature 15: properties.basic.houseCode: '"
                        + ImportFixture.houseCode(3) + "' is also the house code of feature 3 in the same street"))
                .anySatisfy(s -> assertThat(s).startsWith("feature 17: properties.basic.houseCode: is required"));
        assertThat(r.errorCount()).isEqualTo(11);
        assertNothingWritten();
    }

    @Test
    void malformed_json_in_the_middle_is_reported_at_its_feature_after_the_errors_before_it() throws Exception {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            f.add(feature(i));
        }
        f.set(3, feature(polygon(square(113.9, 26.92, 0.0001)), properties(3, "")));
        f.set(6, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",,}}");
        ImportResult r = run(collection(f));

        assertThat(r.errors()).extracting(ImportError::index).containsExactly(3L, 6L);
        assertThat(r.errors().get(1).message()).startsWith("malformed JSON at line 8");
        assertNothingWritten();
    }

    /** A small import asks about its keys; one larger than the table reads the stored keys: both find them. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 30})
    void a_house_code_or_id_the_database_already_holds_is_an_error_of_that_feature(int size) throws Exception {
        assertThat(run(ImportFixture.valid(0, 10)).ok()).isTrue();
        UUID taken = byHouseCode(ImportFixture.houseCode(1)).id();
        List<String> f = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            f.add(feature(100 + i));
        }
        f.set(1, f.get(1).replaceFirst("\\{", "{\"id\":\"" + taken + "\","));
        f.set(2, feature(2));
        ImportResult r = run(collection(f));

        assertThat(r.errors()).extracting(ImportError::toString).containsExactly(
                "feature 1: id: a building with id " + taken + " already exists",
                "feature 2: properties.basic.houseCode: '" + ImportFixture.houseCode(2) + "' already exists in street "
                        + ImportFixture.street(2));
        assertThat(count("building")).isEqualTo(10);
        assertThat(count("import_batch")).isEqualTo(1);
    }

    /** House codes are unique within a street: local codes often repeat between streets. */
    @Test
    void a_house_code_of_another_street_in_the_file_or_stored_is_no_clash() throws Exception {
        assertThat(run(ImportFixture.valid(0, 2)).ok()).isTrue();
        List<String> f = new ArrayList<>();
        for (int i = 2; i < 6; i++) {
            f.add(feature(i));
        }
        // feature 1 of the file lies in the east street with the code of a stored west building;
        // feature 2 lies in the west street with the code of feature 3 of the file, an east one
        f.set(1, feature(polygon(square(ImportFixture.lon(3), ImportFixture.lat(3), 0.0001)), properties(0, "")));
        f.set(2, feature(polygon(square(ImportFixture.lon(4), ImportFixture.lat(4), 0.0001)), properties(5, "")));
        ImportResult r = run(collection(f));
        assertThat(r.errors()).isEmpty();
        assertThat(count("building")).isEqualTo(6);
    }

    @Test
    void a_house_code_written_by_someone_else_during_the_load_refuses_the_whole_import() throws Exception {
        boolean[] raced = {false};
        ProgressListener race = (phase, done, total) -> {
            if (phase == ImportPhase.LOADING && !raced[0]) {
                raced[0] = true;
                try {
                    assertThat(run(ImportFixture.valid(5, 6)).ok()).isTrue();   // another import, committed first
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        ImportResult r = importer.run(ImportFixture.stream(ImportFixture.valid(0, 10)),
                ImportOptions.of("late.geojson", "import-bot"), race);

        assertThat(raced[0]).isTrue();
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(ImportError::toString).singleElement().asString()
                .startsWith("file: a house code or id of this import was written by someone else meanwhile");
        assertThat(count("building")).isEqualTo(1);
        assertThat(count("import_batch")).isEqualTo(1);
    }

    @Test
    void a_file_that_is_no_feature_collection_is_refused_as_a_whole() throws Exception {
        assertThat(run("not json at all").errors()).singleElement()
                .satisfies(e -> assertThat(e.toString()).startsWith("file: malformed JSON at line 1"));
        assertThat(run("{\"type\":\"Feature\",\"features\":[]}").errors()).extracting(ImportError::toString)
                .containsExactly("file: \"type\" must be \"FeatureCollection\"");
        assertThat(run("{\"type\":\"FeatureCollection\",\"features\":[]}").errors()).extracting(ImportError::message)
                .containsExactly("the FeatureCollection holds no features");
        assertThat(run("[" + "[".repeat(100) + "]".repeat(100) + "]").errors()).singleElement()
                .satisfies(e -> assertThat(e.toString()).startsWith("file: "));
        assertNothingWritten();
    }

    @Test
    void a_deeply_nested_feature_stops_the_reading_with_its_index() throws Exception {
        String deep = "{\"type\":\"Feature\",\"properties\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}";
        ImportResult r = run(collection(List.of(feature(0), deep, feature(2))));
        assertThat(r.errors()).extracting(ImportError::toString).singleElement()
                .satisfies(s -> assertThat(s).startsWith("feature 1: nests deeper than 32 levels"));
        assertNothingWritten();
    }

    @Test
    void features_with_their_history_keep_it_and_the_first_event_names_the_import() throws Exception {
        String props = properties(5, "").replaceFirst("}$", ",\"status\":\"surveyed\",\"judgement\":\"some\","
                + "\"survey\":{\"judgement\":\"some\"},\"events\":[{\"type\":\"created\",\"occurredAt\":"
                + "\"2022-05-20T01:00:00Z\",\"actor\":\"张三\",\"role\":\"inspector\",\"payload\":{}},"
                + "{\"type\":\"survey\",\"occurredAt\":\"2022-05-21T01:00:00Z\",\"actor\":\"张三\",\"role\":"
                + "\"inspector\",\"payload\":{\"judgement\":\"some\"}}]}");
        ImportResult r = importer.run(ImportFixture.stream(collection(List.of(feature(polygon(square(
                        ImportFixture.lon(5), ImportFixture.lat(5), 0.0001)), props)))),
                ImportOptions.of("history.geojson", "import-bot").withHistory(true), ProgressListener.NONE);

        assertThat(r.errors()).isEmpty();
        Building b = byHouseCode(ImportFixture.houseCode(5));
        assertThat(b.status().code()).isEqualTo("surveyed");
        List<Event> history = services.buildings().history(b.id(), Scope.ALL);
        assertThat(history).extracting(Event::type).containsExactly("created", "survey");
        assertThat(JSON.readTree(history.get(0).payloadJson()).get("importId").asText())
                .isEqualTo(r.importId().toString());
        assertThat(new AuditVerifier(db).verify().ok()).isTrue();
    }

    @Test
    void features_already_parsed_import_the_same_way() throws Exception {
        List<JsonNode> features = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            features.add(JSON.readTree(feature(i).getBytes(StandardCharsets.UTF_8)));
        }
        ImportResult r = importer.run(features.iterator(), ImportOptions.of("bench", "bench"), ProgressListener.NONE);
        assertThat(r.ok()).isTrue();
        assertThat(r.sha256()).isNull();
        assertThat(count("building")).isEqualTo(50);
    }

    void assertNothingWritten() {
        assertThat(count("building")).isZero();
        assertThat(count("building_event")).isZero();
        assertThat(count("import_batch")).isZero();
    }

    Building byHouseCode(String code) {
        UUID id = new Jdbc(db).one("SELECT id FROM building WHERE house_code = ?", rs -> rs.getObject(1, UUID.class),
                code).orElseThrow();
        return services.buildings().get(id, Scope.ALL);
    }
}
