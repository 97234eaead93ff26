package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestClock;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lifecycle actions over HTTP: preconditions, idempotency, the table's refusals, the projection. */
class EventWritesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SURVEY = "{\"action\":\"survey\",\"payload\":{\"judgement\":\"serious\","
            + "\"hazardTypes\":[\"load_bearing_cracks\"]}}";

    final TestClock clock = TestClock.startingNow();
    Database db;
    TestApp app;
    String token;
    String id;

    @BeforeEach
    void start() {
        db = Database.open("jdbc:h2:mem:events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        app = new TestApp(db, Config.defaults().basemap(), clock);
        app.services.units().insertAll(StoreFixture.units());
        app.services.buildings().store().insertAll(StoreFixture.buildings(0, 20));
        id = StoreFixture.building(0).building().id().toString();   // west, unsurveyed
        token = app.token(app.user("inspector", Role.INSPECTOR, Scope.of(Set.of(StoreFixture.WEST))));
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }

    private HttpResponse<String> act(TestClient c, String building, String ifMatch, String key, String body)
            throws Exception {
        return c.header("If-Match", ifMatch).header("Idempotency-Key", key).send("POST",
                "/api/buildings/" + building + "/events", "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    private TestClient inspector() {
        return app.client(token);
    }

    private int version() {
        return app.services.buildings().get(UUID.fromString(id), Scope.ALL).version();
    }

    private int events() {
        return app.services.buildings().history(UUID.fromString(id), Scope.ALL).size();
    }

    @Test
    void a_serious_survey_moves_the_building_and_puts_control_measures_in_place() throws Exception {
        HttpResponse<String> r = act(inspector(), id, "\"1\"", UUID.randomUUID().toString(), SURVEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).contains("\"2\"");
        JsonNode p = JSON.readTree(r.body()).get("properties");
        assertThat(p.get("status").asText()).isEqualTo("surveyed");
        assertThat(p.get("judgement").asText()).isEqualTo("serious");
        assertThat(p.get("survey").get("inspector").asText()).isEqualTo("inspector");
        assertThat(p.get("rectification").get("measures")).extracting(JsonNode::asText)
                .containsExactly("stop_use", "evacuate", "cordon");
        var history = app.services.buildings().history(UUID.fromString(id), Scope.ALL);
        assertThat(history).extracting(e -> e.type()).endsWith("survey", "control_measure");
        var recorded = history.get(history.size() - 1);
        assertThat(recorded.prevHash()).isEqualTo(history.get(history.size() - 2).hash());
        assertThat(List.of(recorded.actor(), recorded.role(), recorded.reason()))
                .containsExactly("inspector", "inspector", "serious finding");
        assertThat(JSON.readTree(recorded.payloadJson()).get("measures")).extracting(JsonNode::asText)
                .containsExactly("stop_use", "evacuate", "cordon");
        assertThat(recorded.occurredAt()).isEqualTo(history.get(history.size() - 2).occurredAt());
    }

    @Test
    void the_measures_of_a_serious_survey_are_due_within_24_hours_until_the_street_office_confirms_them()
            throws Exception {
        String survey = "{\"action\":\"survey\",\"payload\":{\"judgement\":\"serious\","
                + "\"hazardTypes\":[\"load_bearing_cracks\"],\"controlMeasures\":[\"stop_use\",\"cordon\"]}}";
        HttpResponse<String> r = act(inspector(), id, "\"1\"", UUID.randomUUID().toString(), survey);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode p = JSON.readTree(r.body()).get("properties");
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertThat(p.get("deadline").asText()).isEqualTo(tomorrow.toString());
        assertThat(p.get("rectification").get("measures")).extracting(JsonNode::asText)
                .containsExactly("stop_use", "cordon");

        String office = app.token(app.user("office", Role.STREET_OFFICE, Scope.of(Set.of(StoreFixture.WEST))));
        clock.advance(Duration.ofHours(3));
        HttpResponse<String> confirmed = act(app.client(office), id, "\"2\"", UUID.randomUUID().toString(),
                "{\"action\":\"control_measure\",\"payload\":{\"measures\":[\"stop_use\",\"cordon\"]}}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(confirmed.body()).get("properties");
        assertThat(after.get("deadline").isNull()).isTrue();
        assertThat(after.get("status").asText()).isEqualTo("surveyed");
        assertThat(after.get("rectification").get("measures")).extracting(JsonNode::asText)
                .containsExactly("stop_use", "cordon");
        assertThat(app.services.buildings().history(UUID.fromString(id), Scope.ALL)).extracting(e -> e.role())
                .endsWith("inspector", "inspector", "street_office");
    }

    @Test
    void missing_stale_weak_and_malformed_etags_change_nothing() throws Exception {
        TestClient c = inspector();
        assertThat(act(c, id, null, UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(428);
        HttpResponse<String> stale = act(c, id, "\"7\"", UUID.randomUUID().toString(), SURVEY);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("ETag")).contains("\"1\"");
        JsonNode problem = JSON.readTree(stale.body());
        assertThat(problem.get("currentETag").asText()).isEqualTo("\"1\"");
        assertThat(problem.get("current").get("properties").get("status").asText()).isEqualTo("unsurveyed");
        assertThat(act(c, id, "W/\"1\"", UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(412);
        assertThat(act(c, id, "1", UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(412);
        assertThat(version()).isEqualTo(1);
        assertThat(events()).isEqualTo(3);
        assertThat(act(c, id, "*", UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(200);
    }

    @Test
    void if_match_star_on_a_missing_building_is_412_and_a_plain_tag_404() throws Exception {
        String missing = UUID.randomUUID().toString();
        assertThat(act(inspector(), missing, "*", UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(412);
        assertThat(act(inspector(), missing, "\"1\"", UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(404);
    }

    @Test
    void a_replay_answers_the_first_answer_and_writes_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = act(inspector(), id, "\"1\"", key, SURVEY);
        HttpResponse<String> again = act(inspector(), id, "\"1\"", key, SURVEY);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(version()).isEqualTo(2);
        assertThat(events()).isEqualTo(5);
    }

    @Test
    void a_key_reused_with_another_body_or_by_another_user_is_422() throws Exception {
        String key = UUID.randomUUID().toString();
        act(inspector(), id, "\"1\"", key, SURVEY);
        String other = SURVEY.replace("serious", "some");
        assertThat(act(inspector(), id, "\"2\"", key, other).statusCode()).isEqualTo(422);
        TestClient someoneElse = app.client(app.token(app.user("other", Role.INSPECTOR, Scope.of(Set.of(StoreFixture.WEST)))));
        assertThat(act(someoneElse, id, "\"2\"", key, SURVEY).statusCode()).isEqualTo(422);
        assertThat(version()).isEqualTo(2);
    }

    @Test
    void a_missing_or_malformed_idempotency_key_is_400() throws Exception {
        assertThat(act(inspector(), id, "\"1\"", null, SURVEY).statusCode()).isEqualTo(400);
        assertThat(act(inspector(), id, "\"1\"", "not-a-uuid", SURVEY).statusCode()).isEqualTo(400);
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void two_identical_requests_at_the_same_moment_apply_once() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int round = 0; round < 3; round++) {
            String k = round == 0 ? key : UUID.randomUUID().toString();
            String etag = "\"" + version() + "\"";
            String body = "{\"action\":\"survey\",\"payload\":{\"judgement\":\"none\"}}";
            var a = CompletableFuture.supplyAsync(() -> act(inspector(), id, etag, k, body, true));
            var b = CompletableFuture.supplyAsync(() -> act(inspector(), id, etag, k, body, true));
            assertThat(List.of(a.get(), b.get())).as("two at once").allSatisfy(r ->
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        }
        assertThat(version()).isEqualTo(4);
        assertThat(events()).isEqualTo(6);
    }

    private HttpResponse<String> act(TestClient c, String building, String ifMatch, String key, String body,
                                     boolean unchecked) {
        try {
            return act(c, building, ifMatch, key, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusals_of_the_table_change_nothing() throws Exception {
        TestClient c = inspector();
        HttpResponse<String> illegal = act(c, id, "\"1\"", UUID.randomUUID().toString(),
                "{\"action\":\"rectification_done\",\"payload\":{\"completedDate\":\"2026-01-01\"}}");
        assertThat(illegal.statusCode()).isEqualTo(403);   // inspectors never record this
        HttpResponse<String> wrongState = act(c, id, "\"1\"", UUID.randomUUID().toString(),
                "{\"action\":\"demolition\",\"payload\":{\"date\":\"2026-01-01\",\"area\":10,\"photos\":[\""
                        + UUID.randomUUID() + "\"]}}");
        assertThat(wrongState.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(wrongState.body()).get("allowedActions")).extracting(JsonNode::asText).contains("survey");
        assertThat(act(c, id, "\"1\"", UUID.randomUUID().toString(), "{\"action\":\"survey\",\"payload\":{}}")
                .statusCode()).isEqualTo(422);
        assertThat(act(c, id, "\"1\"", UUID.randomUUID().toString(), "{\"action\":\"teleport\"}").statusCode())
                .isEqualTo(422);
        assertThat(act(c, id, "\"1\"", UUID.randomUUID().toString(), "{\"action\":\"survey\",\"status\":\"closed\"}")
                .statusCode()).isEqualTo(422);
        String east = StoreFixture.building(1).building().id().toString();
        assertThat(act(c, east, "\"1\"", UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(404);
        TestClient planner = app.client(app.token(app.user("planner", Role.PLANNER, Scope.ALL)));
        assertThat(act(planner, id, "\"1\"", UUID.randomUUID().toString(), SURVEY).statusCode()).isEqualTo(403);
        assertThat(version()).isEqualTo(1);
        assertThat(events()).isEqualTo(3);
    }
}
