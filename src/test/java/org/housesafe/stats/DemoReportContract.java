package org.housesafe.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.demo.DemoLoader;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.web.TestApp;
import org.housesafe.web.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo data set, loaded as on a first start, answers the zone's report and statistics over
 * HTTP; the past is checked against the shipped histories replayed in the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoReportContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAMPUS = "南华大学雨母校区周边违建及危房拆除";
    private static final String VACANT = "空置危房拆除";
    private static final String HUAXING = "430408003";

    Database db;
    TestApp app;
    TestClient huaxing;

    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void load() throws Exception {
        db = openDatabase();
        app = new TestApp(db);
        assertThat(DemoLoader.loadIfEmpty(app.services, new FootprintReader(app.config.extent(), Integer.MAX_VALUE)))
                .isTrue();
        huaxing = app.client(app.token(app.user("street-huaxing", Role.STREET_OFFICE, Scope.of(Set.of(HUAXING)))));
    }

    @AfterAll
    void close() {
        app.close();
        db.close();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void the_report_of_the_zone_for_the_hundred_days_gives_the_published_figures() throws Exception {
        JsonNode r = get("/api/stats/report?from=2022-05-20&to=2022-08-31");
        assertThat(r.get("surveyed").asLong()).isEqualTo(2081);
        JsonNode operating = r.get("operating");
        assertThat(operating.get("buildings").asLong()).isPositive();
        assertThat(operating.get("documentRechecked").asLong()).isEqualTo(operating.get("buildings").asLong());
        assertThat(operating.get("documentShare").asDouble()).isEqualTo(1.0);
        assertThat(operating.get("onsiteShare").asDouble()).isEqualTo(1.0);
        Map<String, JsonNode> batches = new HashMap<>();
        r.get("demolitions").get("batches").forEach(b -> batches.put(b.get("name").asText(), b));
        assertThat(batches.get(VACANT).get("buildings").asLong()).isEqualTo(2);
        assertThat(batches.get(CAMPUS).get("buildings").asLong()).isEqualTo(44);
        assertThat(batches.get(CAMPUS).get("area").asDouble()).isBetween(2950.0, 3050.0);
        JsonNode demolitions = r.get("demolitions");
        assertThat(demolitions.get("vacant").asLong()).as("vacant, the 14 vacant sheds included").isEqualTo(16);
        assertThat(demolitions.get("hazardous").asLong()).as("judged a hazard or graded C/D before").isEqualTo(2);
        assertThat(demolitions.get("vacantHazardous").asLong()).as("空置危房, from data, not a batch name").isEqualTo(2);
        assertThat(demolitions.get("byUse").toString()).isEqualTo("{\"operating\":0,\"mixed\":0,\"other\":46}");
        assertThat(r.get("hazards").get("serious").asLong()).isEqualTo(14);
        assertThat(r.get("hazards").get("some").asLong()).isEqualTo(120);
        assertThat(r.get("appraisals").toString()).isEqualTo("{\"A\":12,\"B\":40,\"C\":38,\"D\":18}");
        assertThat(r.get("closedOut").asLong()).isPositive();
    }

    @Test
    void statistics_count_demolitions_by_use_and_by_the_hazard_found_before_as_the_report_does() throws Exception {
        JsonNode report = get("/api/stats/report").get("demolitions");
        Map<String, Long> byUse = new TreeMap<>();
        get("/api/stats?groupBy=demolished,use").get("groups").forEach(g -> {
            if ("yes".equals(g.get("demolished").asText())) {
                byUse.put(g.get("use").isNull() ? "unspecified" : g.get("use").asText(), g.get("buildings").asLong());
            }
        });
        Map<String, Long> reported = new TreeMap<>();
        report.get("byUse").fields().forEachRemaining(e -> {
            if (e.getValue().asLong() > 0) {
                reported.put(e.getKey(), e.getValue().asLong());
            }
        });
        assertThat(byUse).isEqualTo(reported).isNotEmpty();
        Map<String, Long> byHazard = new TreeMap<>();
        get("/api/stats?groupBy=demolished,hazardous").get("groups").forEach(g -> byHazard.put(
                g.get("demolished").asText() + "/" + g.get("hazardous").asText(), g.get("buildings").asLong()));
        assertThat(byHazard.get("yes/yes")).as("demolished after a hazard").isEqualTo(report.get("hazardous").asLong());
        JsonNode asOf = get("/api/stats?groupBy=demolished,hazardous&asOf=2022-08-31");
        Map<String, Long> replayed = new TreeMap<>();
        asOf.get("groups").forEach(g -> replayed.put(g.get("demolished").asText() + "/" + g.get("hazardous").asText(),
                g.get("buildings").asLong()));
        assertThat(replayed.get("yes/yes")).as("demolished after a hazard, replayed")
                .isEqualTo(get("/api/stats/report?to=2022-08-31").get("demolitions").get("hazardous").asLong());
    }

    @Test
    void before_the_campaign_the_report_is_empty() throws Exception {
        JsonNode r = get("/api/stats/report?to=2022-05-19");
        assertThat(r.get("surveyed").asLong()).isZero();
        assertThat(r.get("demolitions").get("buildings").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-05-19", "2022-06-15", "2022-06-30", "2022-07-31", "2022-08-31"})
    void as_of_a_day_the_statuses_are_those_of_the_shipped_histories_replayed_in_the_test(String day) throws Exception {
        Instant cutoff = LocalDate.parse(day).plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        Map<String, Long> expected = new TreeMap<>();
        for (JsonNode f : demoFeatures()) {
            String status = null;
            for (JsonNode e : f.get("properties").get("events")) {
                if (Instant.parse(e.get("occurredAt").asText()).isBefore(cutoff)) {
                    status = after(status == null ? "unsurveyed" : status, e);
                }
            }
            if (status != null) {
                expected.merge(status, 1L, Long::sum);
            }
        }
        Map<String, Long> got = new TreeMap<>();
        get("/api/stats?groupBy=status&asOf=" + day).get("groups")
                .forEach(g -> got.put(g.get("status").asText(), g.get("buildings").asLong()));
        assertThat(got).isEqualTo(expected);
    }

    /** DOMAIN.md's lifecycle, written out again here: the state an event leads to. */
    private static String after(String status, JsonNode e) {
        JsonNode p = e.get("payload");
        String grade = p.path("grade").asText();
        return switch (e.get("type").asText()) {
            case "survey" -> "surveyed";
            case "recheck" -> switch (p.get("result").asText()) {
                case "no_hazard" -> "archived_safe";
                case "hazard" -> "awaiting_appraisal";
                default -> "surveyed";
            };
            case "appraisal" -> grade.equals("A") || grade.equals("B") && p.path("recommendation").asText().equals("observe")
                    ? "closed" : "awaiting_rectification";
            case "rectification_start" -> "rectifying";
            case "rectification_done" -> "rectified";
            case "demolition_order" -> "demolition_ordered";
            case "demolition" -> "demolished";
            case "acceptance", "close_out" -> "closed";
            default -> status;
        };
    }

    private static JsonNode demoFeatures() throws Exception {
        try (InputStream in = DemoReportContract.class.getResourceAsStream("/gis-data/buildings.geojson")) {
            return JSON.readTree(in).get("features");
        }
    }

    @Test
    void statistics_by_street_and_judgement_equal_the_listed_buildings_counted_here() throws Exception {
        String filter = "use=operating,mixed&hazardType=alteration,business_fire,load_bearing_cracks";
        Map<String, Long> listed = new TreeMap<>();
        JsonNode list = get("/api/buildings?limit=10000&" + filter);
        list.get("features").forEach(f -> listed.merge(f.get("properties").get("streetCode").asText() + " "
                + f.get("properties").get("judgement").asText(), 1L, Long::sum));
        Map<String, Long> counted = new TreeMap<>();
        JsonNode stats = get("/api/stats?groupBy=street,judgement&" + filter);
        stats.get("groups").forEach(g -> counted.put(g.get("street").asText() + " " + g.get("judgement").asText(),
                g.get("buildings").asLong()));
        assertThat(counted).isEqualTo(listed).isNotEmpty();
        assertThat(stats.get("total").get("buildings").asLong()).isEqualTo(list.get("numberMatched").asLong());
    }

    @Test
    void closed_cases_stay_on_the_ledger_so_its_closed_count_is_the_statistics_closed_count() throws Exception {
        long closed = get("/api/stats/summary?level=street").at("/total/byStatus/closed").asLong();
        assertThat(closed).isEqualTo(91);
        assertThat(get("/api/ledger?limit=1").at("/counts/closed").asLong()).isEqualTo(closed);
        JsonNode rows = get("/api/ledger?status=closed&limit=500").get("rows");
        assertThat(rows.size()).isEqualTo((int) closed);
        long sheds = 0;
        for (JsonNode row : rows) {
            sheds += row.get("cells").toString().contains(CAMPUS) ? 1 : 0;
        }
        assertThat(sheds).as("the demolished sheds near the Yumu campus").isEqualTo(44);
    }

    /** Every judgement and grade the statistics count per street, for the values the ledger lists whole. */
    @ParameterizedTest
    @ValueSource(strings = {"judgement=serious", "judgement=some", "grade=D", "grade=C", "grade=B", "grade=A",
            "judgement=serious,some", "grade=C,D", "status=closed", "overdue=true"})
    void a_statistic_that_links_to_the_ledger_counts_what_the_ledger_lists(String filter) throws Exception {
        JsonNode stats = get("/api/stats?groupBy=street&" + filter);
        for (JsonNode g : stats.get("groups")) {
            long ledger = get("/api/ledger?limit=1&street=" + g.get("street").asText() + "&" + filter)
                    .get("numberMatched").asLong();
            assertThat(ledger).as(filter + " in " + g.get("street").asText()).isEqualTo(g.get("buildings").asLong());
        }
        assertThat(get("/api/ledger?limit=1&" + filter).get("numberMatched").asLong())
                .as(filter).isEqualTo(stats.at("/total/buildings").asLong());
    }

    /** 逾期 has one meaning: a current deadline passed, judged today or on the report's last day. */
    @ParameterizedTest
    @ValueSource(strings = {"", "2022-06-30", "2022-08-31", "2022-12-31"})
    void overdue_in_the_report_is_the_overdue_of_statistics_ledger_and_list(String day) throws Exception {
        String period = day.isEmpty() ? "" : "from=2022-05-20&to=" + day;
        long report = get("/api/stats/report?" + period).at("/rectifications/overdue").asLong();
        long stats = get("/api/stats?overdue=true" + (day.isEmpty() ? "" : "&asOf=" + day)).at("/total/buildings")
                .asLong();
        assertThat(report).as("report and statistics on " + day).isEqualTo(stats);
        if (day.isEmpty()) {
            assertThat(stats).isPositive();
            assertThat(get("/api/ledger?limit=1").at("/counts/overdue").asLong()).isEqualTo(stats);
            assertThat(get("/api/buildings?overdue=true&limit=1").get("numberMatched").asLong()).isEqualTo(stats);
        }
    }

    @Test
    void monthly_progress_adds_up_to_the_report() throws Exception {
        JsonNode p = get("/api/stats/progress?interval=month&from=2022-05-20&to=2022-08-31");
        assertThat(p.get("periods")).extracting(m -> m.get("start").asText())
                .containsExactly("2022-05-01", "2022-06-01", "2022-07-01", "2022-08-01");
        long surveyed = 0;
        long demolished = 0;
        for (JsonNode m : p.get("periods")) {
            surveyed += m.get("surveyed").asLong();
            demolished += m.get("demolished").get("buildings").asLong();
        }
        assertThat(surveyed).isEqualTo(2081);
        assertThat(demolished).isEqualTo(46);
    }

    @Test
    void a_street_office_sees_statistics_of_its_street_only() throws Exception {
        JsonNode stats = JSON.readTree(huaxing.get("/api/stats?groupBy=street").body());
        assertThat(stats.get("groups")).extracting(g -> g.get("street").asText()).containsExactly(HUAXING);
        JsonNode report = JSON.readTree(huaxing.get("/api/stats/report").body());
        assertThat(report.get("surveyed").asLong()).isEqualTo(836);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/stats?groupBy=owner_name                 | 400 | groupBy",
            "/api/stats?groupBy=1;drop table building       | 400 | groupBy",
            "/api/stats?groupBy=street,status,grade         | 400 | groupBy",
            "/api/stats?asOf=2024-13-45                     | 400 | asOf",
            "/api/stats/progress?interval=day               | 400 | interval",
            "/api/stats/report?from=2022-08-31&to=2022-05-20 | 400 | to",
            "/api/stats?owner=张三                          | 400 | owner",
            "/api/stats?within={\"type\":\"Polygon\",\"coordinates\":[[[112.5,26.8],[112.6,26.9],[112.6,26.8],[112.5,26.9],[112.5,26.8]]]} | 422 | within",
            "/api/stats?within={\"type\":\"Polygon\",\"coordinates\":[[[-180,-90],[180,-90],[180,90],[-180,90],[-180,-90]]]} | 422 | within"})
    void bad_input_is_a_problem_naming_the_parameter_and_changes_nothing(String path, int status, String field)
            throws Exception {
        long before = app.services.buildings().store().count(org.housesafe.building.BuildingFilter.ALL);
        HttpResponse<String> r = app.get(encode(path));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).get("errors").get(0).get("field").asText()).startsWith(field);
        assertThat(r.body()).doesNotContainIgnoringCase("select").doesNotContain("Exception");
        assertThat(app.services.buildings().store().count(org.housesafe.building.BuildingFilter.ALL)).isEqualTo(before);
    }

    @Test
    void a_filter_naming_another_street_is_forbidden_to_a_street_office() throws Exception {
        for (String path : List.of("/api/stats?street=430406006", "/api/stats/report?community=430406006001",
                "/api/buildings?street=430408003,430406006")) {
            HttpResponse<String> r = huaxing.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).contains("outside-scope");
        }
    }

    /** Encodes each query value as a browser would. */
    private static String encode(String path) {
        int q = path.indexOf('?');
        StringBuilder out = new StringBuilder(path.substring(0, q + 1));
        for (String pair : path.substring(q + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            out.append(out.charAt(out.length() - 1) == '?' ? "" : "&").append(kv[0]).append('=')
                    .append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
