package org.housesafe.building;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.GeodesicArea;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A small world for store tests: two streets side by side (west 430408003, east 430408004),
 * each split into a north and a south community, and buildings as squares placed by index.
 */
public final class StoreFixture {
    public static final String WEST = "430408003";
    public static final String EAST = "430408004";
    public static final String WEST_NORTH = "430408003001";
    public static final String WEST_SOUTH = "430408003002";
    public static final String EAST_NORTH = "430408004001";
    public static final String EAST_SOUTH = "430408004002";
    static final Instant T0 = Instant.parse("2022-05-20T01:00:00Z");

    private StoreFixture() {
    }

    public static List<AdminUnit> units() {
        return List.of(
                unit(WEST, "华兴街道", AdminUnit.Level.STREET, null, 112.50, 26.80, 112.60, 27.00),
                unit(EAST, "联合街道", AdminUnit.Level.STREET, null, 112.60, 26.80, 112.70, 27.00),
                unit(WEST_NORTH, "西北社区", AdminUnit.Level.COMMUNITY, WEST, 112.50, 26.90, 112.60, 27.00),
                unit(WEST_SOUTH, "西南社区", AdminUnit.Level.COMMUNITY, WEST, 112.50, 26.80, 112.60, 26.90),
                unit(EAST_NORTH, "东北社区", AdminUnit.Level.COMMUNITY, EAST, 112.60, 26.90, 112.70, 27.00),
                unit(EAST_SOUTH, "东南社区", AdminUnit.Level.COMMUNITY, EAST, 112.60, 26.80, 112.70, 26.90));
    }

    private static AdminUnit unit(String code, String name, AdminUnit.Level level, String parent,
                                  double x1, double y1, double x2, double y2) {
        return new AdminUnit(code, name, level, parent, true, Wkb.FACTORY.toGeometry(new Envelope(x1, x2, y1, y2)));
    }

    /** A square of about 10 m at (lon, lat) in the given street and community. */
    public static Geometry square(double lon, double lat) {
        double d = 0.0001;
        return Wkb.FACTORY.toGeometry(new Envelope(lon, lon + d, lat, lat + d));
    }

    /** Building {@code i}: spread over both streets; status, judgement, grade and use cycle with i. */
    public static BuildingStore.NewRecord building(int i) {
        boolean west = i % 2 == 0;
        boolean north = (i / 2) % 2 == 0;
        double lon = (west ? 112.51 : 112.61) + (i % 300) * 0.0002;
        double lat = (north ? 26.91 : 26.81) + (i / 300) * 0.0002;
        Status status = Status.values()[i % Status.WITHDRAWN.ordinal()];   // the live states; withdrawn is last
        Judgement judgement = i % 3 == 0 ? null : Judgement.values()[i % Judgement.values().length];
        Grade grade = i % 4 == 0 ? Grade.values()[(i / 4) % 4] : null;
        String use = AttributeSchema.USES.get(i % 3);
        Geometry footprint = square(lon, lat);
        String code = String.format("HS-%06d", i);
        String address = (west ? "华兴街道" : "联合街道") + i + "号";
        String attributes = "{\"basic\":{\"houseCode\":\"" + code + "\",\"address\":\"" + address
                + "\",\"use\":\"" + use + "\",\"floorArea\":" + (100 + i % 50) + "}}";
        Building b = new Building(UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                code, address, west ? WEST : EAST, null,
                west ? (north ? WEST_NORTH : WEST_SOUTH) : (north ? EAST_NORTH : EAST_SOUTH), null,
                footprint, GeodesicArea.of(footprint), 100.0 + i % 50, 1 + i % 5, use, "brick_concrete",
                "2001_2010", i % 10 == 0, status, judgement, grade, grade == null ? null : LocalDate.of(2022, 9, 1),
                null, attributes, 1, judgement == null ? null : T0, T0, T0);
        List<NewEvent> history = new ArrayList<>();
        history.add(new NewEvent(EventType.CREATED, T0, "张三", "inspector", null, "{}"));
        history.add(new NewEvent(EventType.SURVEY, T0.plusSeconds(3600), "张三", "inspector", null,
                "{\"judgement\":\"some\"}"));
        history.add(new NewEvent(EventType.RECHECK, T0.plusSeconds(7200), "李四", "district", "抽查",
                "{\"kind\":\"onsite\",\"result\":\"hazard\"}"));
        return new BuildingStore.NewRecord(b, history);
    }

    /** A running app over {@code db} holding the fixture's admin units and buildings 0 to {@code count} − 1. */
    public static org.housesafe.web.TestApp app(org.housesafe.platform.db.Database db, int count) {
        org.housesafe.web.TestApp app = new org.housesafe.web.TestApp(db);
        app.services.units().insertAll(units());
        app.services.buildings().store().insertAll(buildings(0, count));
        return app;
    }

    public static List<BuildingStore.NewRecord> buildings(int from, int to) {
        List<BuildingStore.NewRecord> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(building(i));
        }
        return out;
    }
}
