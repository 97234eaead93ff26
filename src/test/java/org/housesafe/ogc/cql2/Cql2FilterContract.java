package org.housesafe.ogc.cql2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.Building;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingQuery;
import org.housesafe.building.BuildingStore;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid row of the filter table, run through {@code BuildingFilters.where} on a real
 * database: it selects exactly the fixture buildings the row lists, on both backends. The
 * fixture is StoreFixture's buildings 0–11 with deadlines and survey times spread over days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Cql2FilterContract {
    static final int BUILDINGS = 12;

    Database db;
    BuildingStore store;

    /** A freshly migrated, empty database of the backend under test. */
    abstract Database openDatabase();

    @BeforeAll
    void load() {
        db = openDatabase();
        new AdminUnitStore(db).insertAll(StoreFixture.units());
        store = new BuildingStore(db);
        List<BuildingStore.NewRecord> records = new ArrayList<>();
        for (int i = 0; i < BUILDINGS; i++) {
            records.add(spread(StoreFixture.building(i), i));
        }
        store.insertAll(records);
    }

    /** Building {@code i} with deadline 2022-09-01 + i days (when it has one) and survey time T0 + i days. */
    private static BuildingStore.NewRecord spread(BuildingStore.NewRecord r, int i) {
        Building b = r.building();
        LocalDate deadline = b.deadline() == null ? null : b.deadline().plusDays(i);
        var surveyed = b.surveyedAt() == null ? null : b.surveyedAt().plus(Duration.ofDays(i));
        Building spread = new Building(b.id(), b.houseCode(), b.address(), b.streetCode(), b.streetName(),
                b.communityCode(), b.communityName(), b.footprint(), b.footprintArea(), b.floorArea(), b.floorsAbove(),
                b.use(), b.structure(), b.constructionPeriod(), b.vacant(), b.status(), b.judgement(), b.grade(),
                deadline, b.batch(), b.attributesJson(), b.version(), surveyed, b.createdAt(), b.updatedAt());
        return new BuildingStore.NewRecord(spread, r.history());
    }

    @AfterAll
    void close() {
        db.close();
    }

    static List<FilterCases.Case> cases() throws IOException {
        return FilterCases.load().stream().filter(c -> c.get("ids") != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_filter_selects_exactly_its_buildings(FilterCases.Case c) throws IOException {
        BuildingFilter f = BuildingFilter.ALL.withCondition(Cql2.parse(c.input(), c.lang(), c.crs()));
        Set<Integer> got = new TreeSet<>();
        store.page(new BuildingQuery(f, null, 100), b -> got.add(Integer.parseInt(b.houseCode().substring(3))));
        Set<Integer> want = new TreeSet<>();
        if (!c.get("ids").equals("none")) {
            for (String id : c.get("ids").split(" ")) {
                want.add(Integer.parseInt(id));
            }
        }
        assertThat(got).isEqualTo(want);
        assertThat(store.count(f)).isEqualTo(want.size());
    }
}
