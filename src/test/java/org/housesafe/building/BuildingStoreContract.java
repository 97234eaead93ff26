package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.lifecycle.Event;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.Database;
import org.housesafe.stats.StatsStore;
import org.housesafe.stats.SummaryStats;
import org.housesafe.stats.UnitSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Envelope;

/**
 * The storage contract both backends must keep. A subclass opens a fresh database of its
 * backend; the data set (StoreFixture) is loaded once and only read afterwards, except by tests
 * that insert rows with their own house codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BuildingStoreContract {
    static final int ROWS = 10_000;

    Database db;
    BuildingStore store;
    AdminUnitStore units;
    List<BuildingStore.NewRecord> all;

    /** A freshly migrated, empty database of the backend under test. */
    abstract Database openDatabase() throws Exception;

    @BeforeAll
    void load() throws Exception {
        db = openDatabase();
        store = new BuildingStore(db);
        units = new AdminUnitStore(db);
        units.insertAll(StoreFixture.units());
        all = StoreFixture.buildings(0, ROWS);
        for (int i = 0; i < ROWS; i += 2000) {
            store.insertAll(all.subList(i, i + 2000));
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void a_building_reads_back_with_exactly_the_same_geometry_and_columns() {
        Building in = all.get(42).building();
        Building out = store.find(in.id(), Scope.ALL).orElseThrow();
        assertThat(out.footprint().equalsExact(in.footprint())).isTrue();
        assertThat(out.footprint().getSRID()).isEqualTo(4326);
        assertThat(out).usingRecursiveComparison()
                .ignoringFields("footprint", "streetName", "communityName", "attributesJson")
                .isEqualTo(in);
        assertThat(out.streetName()).isEqualTo("华兴街道");
        assertThat(out.communityName()).isEqualTo("西南社区");
        assertThat(out.attributesJson()).contains("HS-000042");
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThat(store.find(UUID.randomUUID(), Scope.ALL)).isEmpty();
    }

    @Test
    void a_bbox_returns_exactly_the_buildings_it_touches() throws IOException {
        Envelope box = new Envelope(112.51, 112.5121, 26.91, 26.9103);
        var f = filter(box, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);
        assertMatches(f, r -> r.building().footprint().getEnvelopeInternal().intersects(box));
        assertThat(store.count(f)).isGreaterThan(0);
    }

    @Test
    void each_filter_returns_exactly_the_matching_buildings() throws IOException {
        assertMatches(filter(null, Set.of(StoreFixture.EAST), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null),
                r -> r.building().streetCode().equals(StoreFixture.EAST));
        assertMatches(filter(null, Set.of(), Set.of(StoreFixture.WEST_SOUTH, StoreFixture.EAST_NORTH), Set.of(),
                Set.of(), Set.of(), Set.of(), null), r -> Set.of(StoreFixture.WEST_SOUTH, StoreFixture.EAST_NORTH)
                .contains(r.building().communityCode()));
        assertMatches(filter(null, Set.of(), Set.of(), Set.of(Status.CLOSED, Status.DEMOLISHED), Set.of(), Set.of(),
                Set.of(), null), r -> Set.of(Status.CLOSED, Status.DEMOLISHED).contains(r.building().status()));
        assertMatches(filter(null, Set.of(), Set.of(), Set.of(), Set.of(Judgement.SERIOUS), Set.of(), Set.of(), null),
                r -> r.building().judgement() == Judgement.SERIOUS);
        assertMatches(filter(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(Grade.C, Grade.D), Set.of(), null),
                r -> r.building().grade() == Grade.C || r.building().grade() == Grade.D);
        assertMatches(filter(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of("operating"), null),
                r -> "operating".equals(r.building().use()));
        assertMatches(filter(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "HS-00012"),
                r -> r.building().houseCode().contains("HS-00012"));
        assertMatches(filter(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "联合街道77号"),
                r -> r.building().address().contains("联合街道77号"));
    }

    @Test
    void the_overdue_filter_compares_deadlines_with_today() throws IOException {
        java.time.LocalDate today = java.time.LocalDate.of(2022, 9, 2);
        BuildingFilter overdue = new BuildingFilter(Scope.ALL, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, new BuildingFilter.Overdue(true, today), Set.of(), null, null);
        assertMatches(overdue, r -> r.building().deadline() != null && r.building().deadline().isBefore(today));
        BuildingFilter onTime = new BuildingFilter(Scope.ALL, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, new BuildingFilter.Overdue(false, java.time.LocalDate.of(2022, 9, 1)), Set.of(), null, null);
        assertMatches(onTime, r -> true);
    }

    @Test
    void filters_combine_with_and() throws IOException {
        var f = filter(null, Set.of(StoreFixture.WEST), Set.of(), Set.of(Status.SURVEYED), Set.of(), Set.of(),
                Set.of("other"), null);
        assertMatches(f, r -> r.building().streetCode().equals(StoreFixture.WEST)
                && r.building().status() == Status.SURVEYED && "other".equals(r.building().use()));
    }

    @Test
    void like_wildcards_in_the_text_filter_match_literally() throws IOException {
        var f = filter(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "%");
        assertThat(store.count(f)).isZero();
        assertThat(store.count(filter(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "HS_0")))
                .isZero();
    }

    @Test
    void keyset_paging_visits_every_row_once_in_id_order() throws IOException {
        List<UUID> seen = new ArrayList<>();
        UUID after = null;
        int pages = 0;
        while (true) {
            List<Building> page = new ArrayList<>();
            store.page(new BuildingQuery(BuildingFilter.ALL, after, 777), page::add);
            pages++;
            boolean more = page.size() > 777;
            List<Building> shown = more ? page.subList(0, 777) : page;
            shown.forEach(b -> seen.add(b.id()));
            if (!more) {
                break;
            }
            after = shown.get(shown.size() - 1).id();
        }
        assertThat(pages).isEqualTo((ROWS + 776) / 777);
        assertThat(seen).hasSize(ROWS).doesNotHaveDuplicates()
                // the databases order UUIDs as unsigned bytes, like their text; Java's compareTo is signed
                .isSortedAccordingTo(java.util.Comparator.comparing(UUID::toString));
        assertThat(new HashSet<>(seen)).isEqualTo(all.stream().map(r -> r.building().id())
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void summary_counts_and_area_sums_by_street_match_the_data() {
        SummaryStats stats = new StatsStore(db).summary(AdminUnit.Level.STREET,
                units.names(AdminUnit.Level.STREET, Scope.ALL), Scope.ALL);
        assertThat(stats.total().getBuildings()).isEqualTo(ROWS);
        assertThat(stats.units()).extracting(UnitSummary::getCode).containsExactly(StoreFixture.WEST, StoreFixture.EAST);
        UnitSummary west = stats.units().get(0);
        var westRows = all.stream().map(BuildingStore.NewRecord::building)
                .filter(b -> b.streetCode().equals(StoreFixture.WEST)).toList();
        assertThat(west.getName()).isEqualTo("华兴街道");
        assertThat(west.getBuildings()).isEqualTo(westRows.size());
        assertThat(west.getFootprintArea()).isCloseTo(westRows.stream().mapToDouble(Building::footprintArea).sum(),
                org.assertj.core.data.Offset.offset(0.1));
        assertThat(west.getFloorArea()).isCloseTo(westRows.stream().mapToDouble(Building::floorArea).sum(),
                org.assertj.core.data.Offset.offset(0.1));
        assertThat(west.getByStatus().get("demolished"))
                .isEqualTo(westRows.stream().filter(b -> b.status() == Status.DEMOLISHED).count());
        assertThat(west.getByGrade().get("D"))
                .isEqualTo(westRows.stream().filter(b -> b.grade() == Grade.D).count());
        assertThat(west.getSurveyed()).isEqualTo(westRows.stream().filter(b -> b.surveyedAt() != null).count());
        Map<String, Long> judgements = stats.total().getByJudgement();
        assertThat(judgements.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(all.stream().filter(r -> r.building().judgement() != null).count());
    }

    @Test
    void history_comes_back_oldest_first_with_a_hash_chain() {
        UUID id = all.get(7).building().id();
        List<Event> events = store.history(id);
        assertThat(events).extracting(Event::seq).containsExactly(1, 2, 3);
        assertThat(events).extracting(Event::type).containsExactly("created", "survey", "recheck");
        assertThat(events.get(2).reason()).isEqualTo("抽查");
        assertThat(events.get(0).prevHash()).isNull();
        assertThat(events.get(1).prevHash()).isEqualTo(events.get(0).hash());
        assertThat(events.get(2).prevHash()).isEqualTo(events.get(1).hash());
        assertThat(events.get(2).payloadJson()).contains("onsite");
    }

    @Test
    void a_duplicate_house_code_is_refused_and_nothing_of_the_batch_is_kept() {
        var fresh = StoreFixture.building(ROWS + 1);
        var copy = StoreFixture.building(3);
        var clash = new BuildingStore.NewRecord(new Building(UUID.randomUUID(), copy.building().houseCode(),
                "x", copy.building().streetCode(), null, null, null, copy.building().footprint(), 1, null, null,
                null, null, null, false, Status.UNSURVEYED, null, null, null, null, "{}", 1, null,
                StoreFixture.T0, StoreFixture.T0), copy.history());
        assertThatThrownBy(() -> store.insertAll(List.of(fresh, clash)))
                .isInstanceOf(BuildingStore.DuplicateException.class).hasMessageContaining("house code");
        assertThat(store.find(fresh.building().id(), Scope.ALL)).isEmpty();
    }

    @Test
    void codes_are_located_from_the_admin_unit_boundaries() {
        var point = org.housesafe.platform.geo.Wkb.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(112.65, 26.85));
        assertThat(units.locate(point)).contains(new AdminUnitStore.Location(StoreFixture.EAST, StoreFixture.EAST_SOUTH));
        var outside = org.housesafe.platform.geo.Wkb.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(113.0, 26.85));
        assertThat(units.locate(outside)).isEmpty();
    }

    private static BuildingFilter filter(Envelope bbox, Set<String> streets, Set<String> communities,
                                         Set<Status> statuses, Set<Judgement> judgements, Set<Grade> grades,
                                         Set<String> uses, String text) {
        return new BuildingFilter(Scope.ALL, bbox, streets, communities, statuses, judgements, grades, uses, text, null,
                Set.of(), null, null);
    }

    private void assertMatches(BuildingFilter f, Predicate<BuildingStore.NewRecord> expected) throws IOException {
        Set<UUID> want = new HashSet<>();
        all.stream().filter(expected).forEach(r -> want.add(r.building().id()));
        Set<UUID> got = new HashSet<>();
        store.page(new BuildingQuery(f, null, ROWS), b -> got.add(b.id()));
        assertThat(got).isEqualTo(want);
        assertThat(store.count(f)).isEqualTo(want.size());
    }
}
