package org.housesafe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.housesafe.demo.DemoFiles.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.housesafe.building.AttributeSchema;
import org.housesafe.building.AttributeValidator;
import org.housesafe.demo.DemoFiles.Building;
import org.housesafe.lifecycle.Grade;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo files: reproducible, committed as generated, and telling the 2022 report's story. */
class DemoGeneratorTest {
    private static final List<String> FILES = List.of("streets.geojson", "communities.geojson", "buildings.geojson");
    private static final String REGENERATE = "java -jar target/housesafe.jar demo --out gis-data";

    @TempDir
    static Path tmp;
    private static DemoFiles data;

    @BeforeAll
    static void generate_twice() throws IOException {
        data = DemoFiles.generate(tmp.resolve("first"));
        DemoGenerator.writeTo(tmp.resolve("second"));
    }

    @Test
    void two_runs_write_identical_bytes() throws IOException {
        for (String f : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("second").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("first").resolve(f)));
        }
    }

    @Test
    void committed_files_equal_a_fresh_generation() throws IOException {
        for (String f : FILES) {
            Path committed = Path.of("gis-data", f);
            assertThat(committed).as("gis-data/%s is missing: %s", f, REGENERATE).exists();
            assertThat(Files.readAllBytes(committed)).as("gis-data/%s is stale: %s", f, REGENERATE)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("first").resolve(f)));
        }
    }

    @Test
    void files_are_utf8_with_lf_one_feature_per_line_and_a_final_newline() throws IOException {
        for (String f : FILES) {
            byte[] bytes = Files.readAllBytes(tmp.resolve("first").resolve(f));
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            assertThat(text).as(f).doesNotContain("\r").endsWith("]}\n")
                    .startsWith("{\"type\":\"FeatureCollection\",\"features\":[\n");
            assertThat(text.lines().filter(l -> l.startsWith("{\"type\":\"Feature\",")).count())
                    .isEqualTo(text.lines().count() - 2);
        }
    }

    @Test
    void no_history_cites_a_photo_since_the_demo_stores_none() throws IOException {
        for (Path file : List.of(Path.of("gis-data", "buildings.geojson"), tmp.resolve("first").resolve("buildings.geojson"))) {
            assertThat(Files.readString(file)).as("%s cites photo files that are not stored", file)
                    .doesNotContain("\"photos\"", ".jpg");
        }
    }

    @Test
    void streets_hold_836_745_and_500_surveyed_houses() {
        assertThat(data.houses()).hasSize(2081).allMatch(Building::surveyed);
        assertThat(count(data.houses(), b -> data.streetOf(b).name()))
                .isEqualTo(Map.of("华兴街道", 836L, "金龙坪街道", 745L, "联合街道", 500L));
        assertThat(count(data.sheds(), b -> data.streetOf(b).name())).isEqualTo(Map.of("金龙坪街道", 44L));
    }

    @Test
    void operating_buildings_all_have_both_rechecks() {
        List<Building> operating = data.houses().stream().filter(Building::operating).toList();
        assertThat(operating).hasSize(318);
        for (Building b : operating) {
            Set<String> kinds = b.events("recheck").stream().filter(e -> e.get("role").asText().equals("district"))
                    .map(e -> e.get("payload").get("kind").asText()).collect(Collectors.toSet());
            assertThat(kinds).as(b.houseCode()).contains("document", "onsite");
        }
    }

    @Test
    void operating_buildings_were_surveyed_by_june_30() {
        assertThat(data.houses().stream().filter(Building::operating).flatMap(b -> b.events("survey").stream()))
                .allMatch(e -> !DemoFiles.date(e).isAfter(LocalDate.of(2022, 6, 30)));
    }

    @Test
    void judgements_are_14_serious_120_some_and_the_rest_none() {
        assertThat(count(data.houses(), b -> b.text("judgement")))
                .isEqualTo(Map.of("serious", 14L, "some", 120L, "none", 2081L - 134));
        for (Building b : data.houses()) {
            List<JsonNode> surveys = b.events("survey");
            assertThat(surveys.get(surveys.size() - 1).get("payload").get("judgement").asText())
                    .isEqualTo(b.properties().get("survey").get("judgement").asText())
                    .isEqualTo(b.text("judgement"));
        }
        assertThat(data.sheds()).allMatch(b -> b.text("judgement") == null && b.text("grade") == null);
    }

    @Test
    void serious_findings_put_control_measures_in_place_at_once_and_the_street_office_confirms_them_within_24_hours() {
        List<Building> serious = data.houses().stream().filter(b -> "serious".equals(b.text("judgement"))).toList();
        assertThat(serious).hasSize(14);
        for (Building b : serious) {
            JsonNode events = b.properties().get("events");
            JsonNode survey = events.get(0);
            JsonNode recorded = events.get(1);
            assertThat(DemoFiles.recordedWithSurvey(events, 1)).as(b.houseCode()).isTrue();
            assertThat(recorded.get("actor")).isEqualTo(survey.get("actor"));
            assertThat(recorded.get("role")).isEqualTo(survey.get("role"));
            assertThat(recorded.get("reason").asText()).isEqualTo("serious finding");
            assertThat(recorded.get("payload").get("measures")).isEqualTo(survey.get("payload").get("controlMeasures"));
            List<String> measures = new ArrayList<>();
            recorded.get("payload").get("measures").forEach(m -> measures.add(m.asText()));
            assertThat(measures).as(b.houseCode()).isEqualTo(b.basic().get("vacant").asBoolean()
                    ? List.of("stop_use", "cordon") : List.of("stop_use", "evacuate", "cordon"));
            JsonNode confirmed = events.get(2);
            assertThat(confirmed.get("type").asText()).isEqualTo("control_measure");
            assertThat(confirmed.get("role").asText()).isEqualTo("street_office");
            assertThat(Duration.between(DemoFiles.at(survey), DemoFiles.at(confirmed))).as(b.houseCode())
                    .isPositive().isLessThanOrEqualTo(Duration.ofHours(24));
        }
    }

    @Test
    void rectification_blocks_name_who_answers_only_once_ordered_and_an_acceptance_date_only_when_accepted() {
        for (Building b : data.buildings()) {
            JsonNode r = b.properties().get("rectification");
            boolean ordered = !b.events("rectification_order").isEmpty() || !b.events("demolition_order").isEmpty();
            assertThat(r.has("responsible")).as(b.houseCode()).isEqualTo(ordered);
            assertThat(r.has("progress")).as(b.houseCode()).isEqualTo(ordered);
            assertThat(r.has("acceptedDate")).as(b.houseCode()).isEqualTo(!b.events("acceptance").isEmpty());
        }
        assertThat(data.sheds()).allMatch(b -> b.properties().get("rectification").get("responsible").asText()
                .equals(b.events("demolition_order").get(0).get("payload").get("responsible").asText()));
    }

    @Test
    void appraised_grades_are_A12_B40_C38_D18_and_26_cases_await_appraisal() {
        List<Building> graded = data.buildings().stream().filter(b -> b.text("grade") != null).toList();
        assertThat(count(graded, b -> b.text("grade"))).isEqualTo(Map.of("A", 12L, "B", 40L, "C", 38L, "D", 18L));
        assertThat(data.houses().stream().filter(b -> b.status().equals("awaiting_appraisal"))).hasSize(26);
        for (Building b : graded) {
            JsonNode appraisal = b.events("appraisal").get(0).get("payload");
            assertThat(appraisal.get("grade").asText()).isEqualTo(b.text("grade"));
            assertThat(b.properties().get("appraisal")).isEqualTo(appraisal);
            boolean closes = b.text("grade").equals("A")
                    || b.text("grade").equals("B") && appraisal.get("recommendation").asText().equals("observe");
            assertThat(b.events("rectification_order")).as(b.houseCode()).hasSize(closes ? 0 : 1);
        }
    }

    @Test
    void every_stage_of_the_lifecycle_is_represented() {
        assertThat(data.houses().stream().map(Building::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("surveyed", "archived_safe", "awaiting_appraisal", "awaiting_rectification",
                        "rectifying", "rectified", "demolition_ordered", "demolished", "closed");
        assertThat(data.houses()).anyMatch(b -> b.status().equals("closed") && !b.events("acceptance").isEmpty()
                && !b.events("rectification_done").isEmpty());
        assertThat(data.houses()).anyMatch(b -> b.status().equals("archived_safe") && b.events("survey").size() == 2);
    }

    @Test
    void status_is_the_projection_of_the_events() {
        for (Building b : data.buildings()) {
            assertThat(LifecycleReplay.replay(b.events())).as(b.houseCode()).isEqualTo(b.status());
        }
    }

    @Test
    void exactly_two_vacant_grade_D_houses_are_demolished() {
        List<Building> demolished = data.houses().stream().filter(b -> !b.events("demolition").isEmpty()).toList();
        assertThat(demolished).hasSize(2).allMatch(b -> "D".equals(b.text("grade"))
                && b.basic().get("vacant").asBoolean() && Set.of("demolished", "closed").contains(b.status()));
    }

    @Test
    void events_are_chronological_and_within_the_campaign() {
        Set<String> roles = Set.of("inspector", "street_office", "district", "appraiser");
        for (Building b : data.buildings()) {
            List<JsonNode> events = b.events();
            for (int i = 0; i < events.size(); i++) {
                JsonNode e = events.get(i);
                assertThat(e.get("occurredAt").asText()).matches("2022-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
                assertThat(DemoFiles.date(e)).isBetween(LocalDate.of(2022, 5, 20), LocalDate.of(2022, 8, 31));
                assertThat(e.get("role").asText()).isIn(roles);
                assertThat(e.get("actor").asText()).isNotBlank();
                if (DemoFiles.recordedWithSurvey(b.properties().get("events"), i)) {
                    assertThat(DemoFiles.at(e)).as(b.houseCode()).isEqualTo(DemoFiles.at(events.get(i - 1)));
                } else if (i > 0) {
                    assertThat(DemoFiles.at(e)).as(b.houseCode()).isAfter(DemoFiles.at(events.get(i - 1)));
                }
            }
        }
    }

    @Test
    void deadlines_follow_the_domain_rules() {
        for (Building b : data.buildings()) {
            LocalDate hazardRecheck = b.events("recheck").stream()
                    .filter(e -> e.get("payload").get("result").asText().equals("hazard"))
                    .map(DemoFiles::date).findFirst().orElse(null);
            LocalDate appraised = b.events("appraisal").stream()
                    .map(e -> LocalDate.parse(e.get("payload").get("date").asText())).findFirst().orElse(null);
            if (appraised != null) {
                assertThat(appraised).isBeforeOrEqualTo(hazardRecheck.plusDays(30));
            }
            LocalDate expected = switch (b.status()) {
                case "awaiting_appraisal" -> hazardRecheck.plusDays(30);
                // done works and demolished houses have met their deadline
                case "awaiting_rectification", "rectifying", "demolition_ordered" ->
                        appraised.plusDays(switch (Grade.valueOf(b.text("grade"))) {
                            case D -> 30;
                            case C -> 90;
                            default -> 180;
                        });
                default -> null;
            };
            assertThat(b.text("deadline")).as(b.houseCode()).isEqualTo(expected == null ? null : expected.toString());
        }
    }

    @Test
    void attributes_pass_the_import_validation_and_leave_admin_codes_to_the_loader() {
        for (Building b : data.buildings()) {
            assertThatCode(() -> AttributeValidator.validate(b.properties(), Set.copyOf(AttributeSchema.BLOCKS)))
                    .as(b.houseCode()).doesNotThrowAnyException();
            assertThat(b.properties().has("streetCode") || b.properties().has("communityCode")).isFalse();
            assertThat(b.basic().get("houseCode").asText()).isEqualTo(b.houseCode());
            assertThat(b.basic().get("address").asText()).contains(data.streetOf(b).name());
        }
    }

    @Test
    void ids_are_name_based_uuids_of_unique_house_codes() {
        assertThat(data.buildings().stream().map(Building::houseCode).distinct()).hasSize(data.buildings().size());
        assertThat(data.buildings()).allMatch(b -> b.id().equals(
                UUID.nameUUIDFromBytes(b.houseCode().getBytes(StandardCharsets.UTF_8)).toString()));
    }
}
