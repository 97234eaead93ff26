package org.housesafe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.housesafe.HouseSafe;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.building.Building;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.AuditVerifier;
import org.housesafe.lifecycle.Event;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #4, point 10: the demo histories replay through the state machine without a single
 * error. The generator's buildings are created and every event of their histories is sent
 * through the real write path ({@link DemoReplay}); the buildings then must stand exactly as
 * the committed {@code gis-data/buildings.geojson} says, with their whole history stored (the
 * control measures a serious survey records by itself included) and the audit chain intact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COMMITTED = Path.of("gis-data");
    /** How many mismatches of each field a failure lists ({@code -Dreplay.shown=N} for more). */
    private static final int SHOWN_PER_FIELD = Integer.getInteger("replay.shown", 8);
    /** Blocks a building's record carries; those after the first three are written by lifecycle actions only. */
    private static final List<String> BLOCKS =
            List.of("basic", "construction", "management", "survey", "appraisal", "rectification");
    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) ->
            a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @TempDir
    static Path tmp;
    private Database db;
    private HouseSafe.Services services;
    private DemoFiles committed;
    private DemoReplay.Result replay;

    @BeforeAll
    void replay_the_generated_histories() throws IOException {
        DemoGenerator.writeTo(tmp);
        committed = DemoFiles.read(COMMITTED);
        db = Database.open("jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        TestClock clock = new TestClock(Instant.parse("2022-05-01T00:00:00Z"));
        Config config = Config.defaults();
        services = HouseSafe.Services.of(config, db, clock);
        FootprintReader boundaries = new FootprintReader(config.extent(), Integer.MAX_VALUE);
        List<AdminUnit> units = new ArrayList<>(units(DemoGenerator.STREETS_FILE, AdminUnit.Level.STREET, boundaries));
        units.addAll(units(DemoGenerator.COMMUNITIES_FILE, AdminUnit.Level.COMMUNITY, boundaries));
        services.units().insertAll(units);
        replay = new DemoReplay(services, clock).run(features(DemoGenerator.BUILDINGS_FILE));
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void every_event_of_every_history_is_accepted() {
        assertThat(replay.refusals()).as("refused events").withFailMessage(() -> refusals(replay.refusals()))
                .isEmpty();
        long seriousSurveys = committed.buildings().stream().flatMap(b -> b.events("survey").stream())
                .filter(e -> e.get("payload").get("judgement").asText().equals("serious")).count();
        assertThat(replay.recordedWithSurveys()).as("control measures recorded with a serious survey")
                .isEqualTo(seriousSurveys);
        assertThat(replay.eventsAccepted() + replay.recordedWithSurveys()).isEqualTo(committed.buildings().stream()
                .mapToInt(b -> b.events().size()).sum());
    }

    @Test
    void every_building_stores_its_creation_and_exactly_the_events_of_its_history() {
        Mismatches m = new Mismatches();
        long stored = 0;
        for (DemoFiles.Building expected : committed.buildings()) {
            UUID id = replay.ids().get(expected.houseCode());
            if (id == null) {
                m.add(expected.houseCode(), "created", "a building", "none");
                continue;
            }
            List<Event> history = services.buildings().history(id, Scope.ALL);
            stored += history.size();
            List<String> want = new ArrayList<>(List.of("created"));
            expected.events().forEach(e -> want.add(e.get("type").asText()));
            List<String> got = history.stream().map(Event::type).toList();
            m.check(expected.houseCode(), "events.types", want, got);
            if (want.equals(got)) {
                for (int i = 0; i < expected.events().size(); i++) {
                    JsonNode e = expected.events().get(i);
                    Event g = history.get(i + 1);
                    String at = "events[" + i + "] (" + g.type() + ").";
                    m.check(expected.houseCode(), at + "occurredAt", DemoFiles.at(e), g.occurredAt());
                    m.check(expected.houseCode(), at + "actor", e.get("actor").asText(), g.actor());
                    m.check(expected.houseCode(), at + "role", e.get("role").asText(), g.role());
                    m.check(expected.houseCode(), at + "reason", text(e.get("reason")), g.reason());
                    comparePayload(expected.houseCode(), at + "payload", e.get("payload"), g.payloadJson(), m);
                }
            }
        }
        long events = committed.buildings().stream().mapToLong(b -> b.events().size() + 1).sum();
        m.check("(all)", "stored event count", events, stored);
        assertThat(m.isEmpty()).withFailMessage(() -> m.report(SHOWN_PER_FIELD)).isTrue();
    }

    @Test
    void every_building_ends_as_the_committed_file_says() throws IOException {
        Mismatches m = new Mismatches();
        for (DemoFiles.Building expected : committed.buildings()) {
            UUID id = replay.ids().get(expected.houseCode());
            if (id == null) {
                m.add(expected.houseCode(), "created", "a building", "none");
                continue;
            }
            compare(expected, services.buildings().get(id, Scope.ALL), m);
        }
        assertThat(m.isEmpty()).withFailMessage(() -> m.report(SHOWN_PER_FIELD)).isTrue();
    }

    @Test
    void status_totals_equal_the_committed_file() {
        Map<String, Long> want = DemoFiles.count(committed.buildings(), DemoFiles.Building::status);
        Map<String, Long> got = DemoFiles.count(committed.buildings(), b -> services.buildings()
                .get(replay.ids().get(b.houseCode()), Scope.ALL).status().code());
        assertThat(got).isEqualTo(want);
    }

    @Test
    void the_audit_chain_verifies() {
        AuditVerifier.Result r = new AuditVerifier(db).verify();
        assertThat(r.firstBroken()).isNull();
        assertThat(r.ok()).isTrue();
        assertThat(r.buildings()).isEqualTo(committed.buildings().size());
    }

    /**
     * The stored payload is the file's, but for photos: the file cites none (the demo stores no
     * photo) and the replay uploads the one photo the API wants for a demolition, so only their
     * number is compared.
     */
    private static void comparePayload(String code, String field, JsonNode want, String storedJson, Mismatches m) {
        try {
            ObjectNode w = want.deepCopy();
            ObjectNode h = (ObjectNode) JSON.readTree(storedJson);
            int cited = w.path("photos").size();
            m.check(code, field + ".photos", field.contains("(demolition)") ? Math.max(1, cited) : cited,
                    h.path("photos").size());
            w.remove("photos");
            h.remove("photos");
            if (!w.equals(SAME_NUMBER, h)) {
                m.add(code, field, w, h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(DemoFiles.Building expected, Building got, Mismatches m) throws IOException {
        String code = expected.houseCode();
        m.check(code, "status", expected.status(), got.status().code());
        m.check(code, "judgement", expected.text("judgement"), got.judgement() == null ? null : got.judgement().code());
        m.check(code, "grade", expected.text("grade"), got.grade() == null ? null : got.grade().code());
        m.check(code, "deadline", expected.text("deadline"), got.deadline() == null ? null : got.deadline().toString());
        m.check(code, "batch", expected.text("batch"), got.batch());
        JsonNode attributes = JSON.readTree(got.attributesJson());
        for (String block : BLOCKS) {
            JsonNode want = expected.properties().path(block);
            JsonNode have = attributes.path(block);
            TreeSet<String> fields = new TreeSet<>();
            want.fieldNames().forEachRemaining(fields::add);
            have.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                JsonNode w = want.get(f);
                JsonNode h = have.get(f);
                if (w == null || h == null || !w.equals(SAME_NUMBER, h)) {
                    m.add(code, block + "." + f, w, h);
                }
            }
        }
    }

    private static String refusals(List<DemoReplay.Refusal> refusals) {
        StringBuilder out = new StringBuilder(refusals.size() + " buildings stopped at a refused event\n");
        Map<String, List<DemoReplay.Refusal>> byKind = new java.util.TreeMap<>();
        refusals.forEach(r -> byKind.computeIfAbsent(r.type() + " on " + r.statusBefore() + " → " + r.httpStatus()
                + " " + r.problem(), k -> new ArrayList<>()).add(r));
        byKind.forEach((kind, list) -> {
            out.append(kind).append(": ").append(list.size()).append('\n');
            list.stream().limit(SHOWN_PER_FIELD).forEach(r -> out.append("    ").append(r.line()).append('\n'));
        });
        return out.toString();
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }

    private List<JsonNode> features(String file) throws IOException {
        JsonNode all = JSON.readTree(tmp.resolve(file).toFile()).get("features");
        return StreamSupport.stream(all.spliterator(), false).toList();
    }

    private List<AdminUnit> units(String file, AdminUnit.Level level, FootprintReader boundaries) throws IOException {
        List<AdminUnit> out = new ArrayList<>();
        for (JsonNode f : features(file)) {
            JsonNode p = f.get("properties");
            out.add(new AdminUnit(p.get("code").asText(), p.get("name").asText(), level,
                    p.get("parentCode").isNull() ? null : p.get("parentCode").asText(),
                    p.get("synthetic").asBoolean(), boundaries.read(f.get("geometry"), "geometry")));
        }
        return out;
    }
}
