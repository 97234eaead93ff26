package org.housesafe.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.Building;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingQuery;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.building.BuildingStore;
import org.housesafe.building.StoreFixture;
import org.housesafe.config.Config;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.EventType;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.io.WKTReader;

/**
 * The filter and statistics contract both backends keep, checked against the same question
 * answered another way: by listing the buildings, or from the fixture's own histories.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatsContract {
    private static final LocalDate TODAY = LocalDate.of(2022, 9, 15);
    private static final String TRIANGLE = "{\"type\":\"Polygon\",\"coordinates\":[[[112.52,26.905],"
            + "[112.56,26.905],[112.52,26.935],[112.52,26.905]]]}";

    Database db;
    BuildingStore store;
    StatsService stats;
    List<HistoryFixture.Case> cases;
    private final BuildingQueryParser parser = new BuildingQueryParser(Config.defaults());

    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void load() throws Exception {
        db = openDatabase();
        store = new BuildingStore(db);
        AdminUnitStore units = new AdminUnitStore(db);
        units.insertAll(StoreFixture.units());
        cases = HistoryFixture.cases();
        store.insertAll(cases.stream().map(HistoryFixture.Case::record).toList());
        stats = new StatsService(new StatsStore(db), new HistoryStore(db), units, DeadlineRules.DEFAULT);
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** A filter as a request would give it, e.g. {@code "hazardType=alteration&use=other"}. */
    private BuildingFilter filter(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], List.of(kv[1]));
        }
        return parser.filter(params, Scope.ALL, TODAY, Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alteration", "alteration,business_fire", "cantilever", "deformation"})
    void the_hazard_type_filter_selects_the_buildings_with_any_of_the_codes(String codes) throws IOException {
        Set<String> wanted = Set.of(codes.split(","));
        assertMatches(filter("hazardType=" + codes), c -> c.hazardTypes().stream().anyMatch(wanted::contains));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2022-06-10", "to=2022-06-10", "from=2022-06-01&to=2022-06-30", "from=2022-06-05&to=2022-06-05"})
    void the_dates_select_by_the_day_of_the_last_event_in_the_service_zone(String query) throws IOException {
        BuildingFilter f = filter(query);
        LocalDate from = f.lastEvent().from();
        LocalDate to = f.lastEvent().to();
        assertMatches(f, c -> {
            LocalDate day = c.lastEventAt().atZone(HistoryFixture.ZONE).toLocalDate();
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        });
    }

    @Test
    void a_drawn_polygon_selects_the_footprints_it_touches_with_the_other_conditions() throws Exception {
        var area = new WKTReader().read("POLYGON ((112.52 26.905, 112.56 26.905, 112.52 26.935, 112.52 26.905))");
        assertMatches(filter("within=" + TRIANGLE), c -> c.row().footprint().intersects(area));
        assertMatches(filter("within=" + TRIANGLE + "&use=operating&hazardType=alteration"),
                c -> c.row().footprint().intersects(area) && "operating".equals(c.row().use())
                        && c.hazardTypes().contains("alteration"));
        assertThat(store.count(filter("within=" + TRIANGLE))).isPositive();
    }

    @Test
    void the_breakdown_equals_the_listed_buildings_counted_in_the_test() throws IOException {
        BuildingFilter f = filter("use=operating,mixed&from=2022-06-01");
        Breakdown b = stats.breakdown(f, List.of(GroupBy.STREET, GroupBy.JUDGEMENT), null);
        Map<List<String>, long[]> listed = new HashMap<>();
        store.page(new BuildingQuery(f, null, 10_000), row -> listed.computeIfAbsent(Arrays.asList(row.streetCode(),
                row.judgement() == null ? null : row.judgement().code()), k -> new long[1])[0]++);
        Map<List<String>, Long> grouped = new HashMap<>();
        for (Group g : b.groups()) {
            grouped.put(Arrays.asList(g.getKey().get("street"), g.getKey().get("judgement")), g.getBuildings());
            assertThat(g.getKey().get("streetName")).isIn("华兴街道", "联合街道");
        }
        assertThat(grouped).isEqualTo(listed.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0])));
        assertThat(b.total().getBuildings()).isEqualTo(store.count(f)).isPositive();
    }

    @Test
    void every_grouping_adds_up_to_the_filtered_buildings_and_their_areas() {
        BuildingFilter f = filter("hazardType=alteration,cantilever,foundation_settlement");
        List<Building> rows = cases.stream().map(HistoryFixture.Case::row)
                .filter(r -> cases.get(index(r)).hazardTypes().stream().anyMatch(
                        Set.of("alteration", "cantilever", "foundation_settlement")::contains)).toList();
        for (GroupBy g : GroupBy.values()) {
            Breakdown b = stats.breakdown(f, List.of(g), null);
            assertThat(b.total().getBuildings()).as(g.code()).isEqualTo(rows.size());
            assertThat(b.groups().stream().mapToLong(Group::getBuildings).sum()).as(g.code()).isEqualTo(rows.size());
            assertThat(b.total().getFootprintArea()).as(g.code())
                    .isCloseTo(rows.stream().mapToDouble(Building::footprintArea).sum(), org.assertj.core.data.Offset.offset(0.2));
            assertThat(b.total().getFloorArea()).as(g.code())
                    .isCloseTo(rows.stream().mapToDouble(Building::floorArea).sum(), org.assertj.core.data.Offset.offset(0.2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-05-19", "2022-05-20", "2022-06-01", "2022-06-30", "2022-07-15", "2022-08-31"})
    void as_of_a_day_the_counts_are_those_of_the_fixtures_histories_replayed_in_the_test(String day) {
        LocalDate asOf = LocalDate.parse(day);
        Instant cutoff = asOf.plusDays(1).atStartOfDay(HistoryFixture.ZONE).toInstant();
        Map<String, Long> expected = cases.stream().map(c -> c.statusBefore(cutoff)).filter(s -> s != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Breakdown b = stats.breakdown(filter(""), List.of(GroupBy.STATUS), asOf);
        assertThat(b.groups().stream().collect(Collectors.toMap(g -> g.getKey().get("status"), Group::getBuildings)))
                .isEqualTo(expected);
        assertThat(b.asOf()).isEqualTo(asOf);
        Breakdown closed = stats.breakdown(filter("status=closed&street=" + StoreFixture.EAST), List.of(), asOf);
        assertThat(closed.total().getBuildings()).isEqualTo(cases.stream().filter(c ->
                "closed".equals(c.statusBefore(cutoff)) && c.row().streetCode().equals(StoreFixture.EAST)).count());
    }

    @Test
    void as_of_a_day_after_the_last_event_the_answer_is_the_present() {
        LocalDate later = LocalDate.of(2022, 12, 31);
        for (List<GroupBy> g : List.of(List.of(GroupBy.STATUS, GroupBy.GRADE), List.of(GroupBy.JUDGEMENT, GroupBy.COMMUNITY))) {
            assertThat(json(stats.breakdown(filter(""), g, later))).isEqualTo(json(stats.breakdown(filter(""), g, null)));
        }
        BuildingFilter overdue = new BuildingFilter(Scope.ALL, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, new BuildingFilter.Overdue(true, later), Set.of(), null, null);
        long late = stats.breakdown(overdue, List.of(), null).total().getBuildings();
        assertThat(late).isPositive();
        assertThat(stats.breakdown(overdue, List.of(), later).total().getBuildings()).isEqualTo(late);
    }

    @Test
    void progress_counts_each_building_once_in_the_week_of_its_first_step() {
        Progress p = stats.progress(filter(""), Interval.WEEK);
        long surveyed = cases.stream().filter(c -> c.first(EventType.SURVEY) != null).count();
        assertThat(p.total().getSurveyed()).isEqualTo(surveyed);
        assertThat(p.periods().stream().mapToLong(w -> w.getTally().getSurveyed()).sum()).isEqualTo(surveyed);
        assertThat(p.periods().get(0).getStart()).isEqualTo(LocalDate.of(2022, 5, 16));
        for (Progress.Period w : p.periods()) {
            assertThat(w.getStart().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(w.getEnd()).isEqualTo(w.getStart().plusDays(6));
            Instant from = w.getStart().atStartOfDay(HistoryFixture.ZONE).toInstant();
            Instant to = w.getEnd().plusDays(1).atStartOfDay(HistoryFixture.ZONE).toInstant();
            assertThat(w.getTally().getRectified()).isEqualTo(cases.stream().map(c -> c.first(EventType.RECTIFICATION_DONE))
                    .filter(t -> t != null && !t.isBefore(from) && t.isBefore(to)).count());
        }
        for (var step : Map.of(EventType.RECTIFICATION_START, p.total().getRectificationStarted(),
                EventType.ACCEPTANCE, p.total().getAccepted()).entrySet()) {
            assertThat(step.getValue()).as(step.getKey().code())
                    .isEqualTo(cases.stream().filter(c -> c.first(step.getKey()) != null).count()).isPositive();
        }
        Progress months = stats.progress(filter("from=2022-06-01&to=2022-06-30"), Interval.MONTH);
        assertThat(months.periods()).hasSize(1);
        assertThat(months.total().getDemolished().get("buildings")).isEqualTo(cases.stream()
                .map(c -> c.first(EventType.DEMOLITION)).filter(t -> t != null
                        && t.atZone(HistoryFixture.ZONE).getMonthValue() == 6).count());
    }

    @Test
    void the_report_counts_what_happened_in_the_period_and_area() {
        Report r = stats.report(filter("from=2022-06-01&to=2022-06-30&street=" + StoreFixture.WEST), TODAY);
        Instant from = LocalDate.of(2022, 6, 1).atStartOfDay(HistoryFixture.ZONE).toInstant();
        Instant to = LocalDate.of(2022, 7, 1).atStartOfDay(HistoryFixture.ZONE).toInstant();
        List<HistoryFixture.Case> west = cases.stream().filter(c -> c.row().streetCode().equals(StoreFixture.WEST)).toList();
        Predicate<Instant> inJune = t -> t != null && !t.isBefore(from) && t.isBefore(to);
        assertThat(r.surveyed()).isEqualTo(west.stream().filter(c -> inJune.test(c.first(EventType.SURVEY))).count());
        assertThat(r.demolitions().buildings())
                .isEqualTo(west.stream().filter(c -> inJune.test(c.first(EventType.DEMOLITION))).count());
        assertThat(r.demolitions().area()).isEqualTo(Math.round(r.demolitions().buildings() * 505) / 10.0);
        if (r.demolitions().buildings() > 0) {
            assertThat(r.demolitions().batches()).extracting(Report.Batch::name).containsExactly(HistoryFixture.BATCH);
        }
        long operating = west.stream().filter(c -> Report.OPERATING_USES.contains(c.row().use())
                && c.first(EventType.SURVEY) != null && c.first(EventType.SURVEY).isBefore(to)).count();
        assertThat(r.operating().buildings()).isEqualTo(operating);
        assertThat(r.hazards().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.surveyed());
    }

    private int index(Building b) {
        return Integer.parseInt(b.houseCode().substring(3));
    }

    private static String json(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writeValueAsString(
                    o instanceof Breakdown b ? List.of(b.total(), b.groups()) : o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertMatches(BuildingFilter f, Predicate<HistoryFixture.Case> expected) throws IOException {
        Set<UUID> want = new HashSet<>();
        cases.stream().filter(expected).forEach(c -> want.add(c.row().id()));
        Set<UUID> got = new HashSet<>();
        store.page(new BuildingQuery(f, null, 10_000), b -> got.add(b.id()));
        assertThat(got).isEqualTo(want);
        assertThat(store.count(f)).isEqualTo(want.size());
        assertThat(stats.breakdown(f, List.of(), null).total().getBuildings()).isEqualTo(want.size());
    }
}
