package org.housesafe.lifecycle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.Building;
import org.housesafe.building.BuildingStore;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.GeodesicArea;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Buildings with three-event histories (created, survey, recheck) in one street, written through
 * {@link BuildingStore#insertAll} like every import. (The building package's StoreFixture is
 * package-private, hence this small twin.)
 */
final class AuditFixture {
    static final String STREET = "430408003";
    static final Instant T0 = Instant.parse("2022-05-20T01:00:00Z");

    private AuditFixture() {
    }

    static Database h2() {
        return Database.open("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }

    /** Inserts the street and {@code n} buildings with their histories; returns the records. */
    static List<BuildingStore.NewRecord> load(Database db, int n) {
        new AdminUnitStore(db).insertAll(List.of(new AdminUnit(STREET, "华兴街道", AdminUnit.Level.STREET, null, true,
                Wkb.FACTORY.toGeometry(new Envelope(112.50, 112.60, 26.80, 27.00)))));
        List<BuildingStore.NewRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new BuildingStore.NewRecord(building(i), history()));
        }
        new BuildingStore(db).insertAll(records);
        return records;
    }

    static List<NewEvent> history() {
        return List.of(
                new NewEvent(EventType.CREATED, T0, "张三", "inspector", null, "{}"),
                new NewEvent(EventType.SURVEY, T0.plusSeconds(3600), "张三", "inspector", null,
                        "{\"judgement\":\"some\"}"),
                new NewEvent(EventType.RECHECK, T0.plusSeconds(7200), "李四", "district", "抽查",
                        "{\"kind\":\"onsite\",\"result\":\"hazard\"}"));
    }

    static Building building(int i) {
        String code = String.format("AU-%06d", i);
        double lon = 112.51 + (i % 300) * 0.0002;
        double lat = 26.91 + (i / 300) * 0.0002;
        Geometry footprint = Wkb.FACTORY.toGeometry(new Envelope(lon, lon + 0.0001, lat, lat + 0.0001));
        return new Building(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)), code, "华兴街道" + i + "号",
                STREET, null, null, null, footprint, GeodesicArea.of(footprint), 100.0, 2, "other", "brick_concrete",
                "2001_2010", false, Status.SURVEYED, null, null, null, null, "{}", 1, null, T0, T0);
    }
}
