package org.housesafe.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.housesafe.account.Role;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle table, row by row: {@code from, action, role → to | error}. */
class LifecycleTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid payload for each action (and variant); the table test varies state and role. */
    private static final Map<String, String> PAYLOADS = Map.ofEntries(
            Map.entry("survey", "{'judgement':'some','hazardTypes':['deformation']}"),
            Map.entry("survey:none", "{'judgement':'none'}"),
            Map.entry("control_measure", "{'measures':['stop_use']}"),
            Map.entry("recheck:no_hazard", "{'kind':'document','result':'no_hazard'}"),
            Map.entry("recheck:hazard", "{'kind':'onsite','result':'hazard'}"),
            Map.entry("recheck:returned", "{'kind':'document','result':'returned'}"),
            Map.entry("appraisal:A", "{'grade':'A','agency':'衡阳鉴定所','reportNo':'HY-1','date':'2026-05-01','recommendation':'observe'}"),
            Map.entry("appraisal:B-observe", "{'grade':'B','agency':'a','reportNo':'r','date':'2026-05-01','recommendation':'observe'}"),
            Map.entry("appraisal:B-works", "{'grade':'B','agency':'a','reportNo':'r','date':'2026-05-01','recommendation':'use_with_treatment'}"),
            Map.entry("appraisal:D", "{'grade':'D','agency':'a','reportNo':'r','date':'2026-05-01','recommendation':'stop_use'}"),
            Map.entry("rectification_order", "{'measures':['repair_reinforce'],'responsible':'王工','deadline':'2026-09-01'}"),
            Map.entry("rectification_start", "{}"),
            Map.entry("rectification_done", "{'completedDate':'2026-08-01'}"),
            Map.entry("acceptance", "{'acceptedDate':'2026-08-05'}"),
            Map.entry("demolition_order", "{}"),
            Map.entry("demolition_order:responsible", "{'deadline':'2026-09-01','batch':'b','responsible':'王工'}"),
            Map.entry("demolition", "{'date':'2026-08-01','area':120.5,'photos':['00000000-0000-0000-0000-000000000001']}"),
            Map.entry("close_out", "{}"),
            Map.entry("edit", "{}"),
            Map.entry("withdrawal", "{}"));

    @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "unsurveyed             | survey               | inspector     | surveyed",
        "surveyed               | survey:none          | street_office | surveyed",
        "archived_safe          | survey               | inspector     | 409",
        "unsurveyed             | survey               | appraiser     | 403",
        "closed                 | control_measure      | street_office | closed",
        "rectifying             | control_measure      | district      | rectifying",
        "surveyed               | control_measure      | inspector     | 403",
        "surveyed               | recheck:no_hazard    | district      | archived_safe",
        "surveyed               | recheck:hazard       | district      | awaiting_appraisal",
        "surveyed               | recheck:returned     | district      | surveyed",
        "archived_safe          | recheck:no_hazard    | district      | archived_safe",
        "awaiting_appraisal     | recheck:hazard       | district      | awaiting_appraisal",
        "demolished             | recheck:hazard       | district      | 409",
        "surveyed               | recheck:hazard       | street_office | 403",
        "awaiting_appraisal     | appraisal:A          | appraiser     | closed",
        "awaiting_appraisal     | appraisal:B-observe  | appraiser     | closed",
        "awaiting_appraisal     | appraisal:B-works    | appraiser     | awaiting_rectification",
        "awaiting_appraisal     | appraisal:D          | appraiser     | awaiting_rectification",
        "surveyed               | appraisal:D          | appraiser     | 409",
        "awaiting_appraisal     | appraisal:D          | district      | 403",
        "awaiting_rectification | rectification_order  | street_office | awaiting_rectification",
        "awaiting_rectification | rectification_start  | street_office | rectifying",
        "rectifying             | rectification_done   | street_office | rectified",
        "rectified              | acceptance           | street_office | closed",
        "rectified              | close_out            | district      | 409",
        "demolished             | acceptance           | street_office | closed",
        "unsurveyed             | demolition_order     | district      | demolition_ordered",
        "awaiting_rectification | demolition_order     | street_office | demolition_ordered",
        "unsurveyed             | demolition_order:responsible | street_office | demolition_ordered",
        "closed                 | demolition_order     | district      | 409",
        "demolition_ordered     | demolition           | inspector     | demolished",
        "demolition_ordered     | demolition           | district      | 403",
        "demolished             | close_out            | district      | closed",
        "closed                 | close_out            | district      | 409",
        "awaiting_rectification | rectification_done   | street_office | 409",
        "surveyed               | survey               | planner       | 403",
        "surveyed               | control_measure      | admin         | 403",
        "closed                 | edit                 | inspector     | closed",
        "demolished             | edit                 | district      | demolished",
        "surveyed               | edit                 | appraiser     | 403",
        "surveyed               | edit                 | planner       | 403",
        "unsurveyed             | withdrawal           | street_office | withdrawn",
        "closed                 | withdrawal           | district      | withdrawn",
        "surveyed               | withdrawal           | inspector     | 403",
        "surveyed               | withdrawal           | appraiser     | 403",
        "withdrawn              | withdrawal           | district      | 409",
        "withdrawn              | edit                 | district      | 409",
        "withdrawn              | control_measure      | street_office | 409",
    })
    void each_row_of_the_table_holds(String from, String step, String role, String expected) throws Exception {
        Status state = Coded.byCode(Status.class, from).orElseThrow();
        EventType action = Coded.byCode(EventType.class, step.split(":")[0]).orElseThrow();
        Role r = Coded.byCode(Role.class, role).orElseThrow();
        JsonNode payload = JSON.readTree(PAYLOADS.get(step).replace('\'', '"'));
        if (expected.matches("\\d{3}")) {
            assertThatThrownBy(() -> Lifecycle.decide(state, action, r, payload))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(Integer.parseInt(expected)));
        } else {
            assertThat(Lifecycle.decide(state, action, r, payload).to().code()).isEqualTo(expected);
        }
    }

    @Test
    void every_row_of_the_table_is_exercised_above_or_reachable() {
        // each action has at least one rule and each rule names at least one role and one start state;
        // a creation and an import start a history: they are no action
        for (EventType t : EventType.values()) {
            if (t != EventType.CREATED && t != EventType.IMPORT) {
                assertThat(Lifecycle.rules()).as(t.code()).anyMatch(r -> r.action() == t);
            }
        }
        assertThat(Lifecycle.rules()).allMatch(r -> !r.roles().isEmpty() && !r.from().isEmpty());
    }

    @Test
    void an_illegal_action_lists_what_is_allowed_now() {
        assertThatThrownBy(() -> Lifecycle.decide(Status.RECTIFIED, EventType.CLOSE_OUT, Role.DISTRICT, JSON.createObjectNode()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.extensions().get("allowedActions")).isEqualTo(java.util.List.of("control_measure", "withdrawal", "edit"));
                });
        assertThat(Lifecycle.allowed(Status.RECTIFIED, Role.STREET_OFFICE))
                .containsExactly(EventType.CONTROL_MEASURE, EventType.ACCEPTANCE, EventType.WITHDRAWAL, EventType.EDIT);
        assertThat(Lifecycle.allowed(Status.WITHDRAWN, Role.DISTRICT)).as("a withdrawn building takes no action").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} → 422 on {2}")
    @CsvSource(delimiter = '|', value = {
        "survey          | {'judgement':'some'}                                  | payload.hazardTypes",
        "survey          | {}                                                    | payload.judgement",
        "survey          | {'judgement':'none','colour':'red'}                   | payload.colour",
        "appraisal       | {'grade':'E','agency':'a','reportNo':'r','date':'2026-01-01','recommendation':'observe'} | payload.grade",
        "appraisal       | {'grade':'C','reportNo':'r','date':'2026-01-01','recommendation':'observe'}             | payload.agency",
        "appraisal       | {'grade':'C','agency':'a','reportNo':'r','date':'yesterday','recommendation':'observe'} | payload.date",
        "recheck         | {'kind':'phone','result':'hazard'}                    | payload.kind",
        "demolition      | {'date':'2026-08-01','area':120}                      | payload.photos",
        "demolition      | {'date':'2026-08-01','area':-3,'photos':[]}           | payload.area",
        "control_measure | {'measures':[]}                                       | payload.measures",
        "demolition_order | {'deadline':'soon'}                                  | payload.deadline",
        "demolition_order | {'batch':42}                                         | payload.batch",
        "demolition_order | {'responsible':42}                                   | payload.responsible",
        "demolition_order | {'responsible':' '}                                  | payload.responsible",
        "survey          | {'judgement':'none','photos':['x.jpg']}               | payload.photos",
        "rectification_start | {'photos':[]}                                    | payload.photos",
    })
    void missing_or_bad_fields_are_422_naming_them(String action, String payload, String field) throws Exception {
        EventType t = Coded.byCode(EventType.class, action).orElseThrow();
        Status from = Lifecycle.rules().stream().filter(r -> r.action() == t).findFirst().orElseThrow().from().iterator().next();
        Role role = Lifecycle.rules().stream().filter(r -> r.action() == t).findFirst().orElseThrow().roles().iterator().next();
        assertThatThrownBy(() -> Lifecycle.decide(from, t, role, JSON.readTree(payload.replace('\'', '"'))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors().get(0).field()).isEqualTo(field);
                });
    }
}
