package org.housesafe.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.building.AttributeSchema;
import org.housesafe.building.Building;
import org.housesafe.building.BuildingStore;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.GeodesicArea;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Buildings for export tests: two streets (west 华兴 430408003, east 联合 430408004), each with a
 * north and a south community; status, judgement, grade and the ledger fields cycle with the
 * index. Footprints are drawn clockwise, so that the export has to turn them.
 */
final class ExportFixture {
    static final int COUNT = 240;
    static final String WEST = "430408003";
    static final String EAST = "430408004";
    static final String OWNER = "王建国";
    static final String RESPONSIBLE = "李建华";
    static final LocalDate COMPLETED = LocalDate.of(2022, 8, 15);
    static final LocalDate PAST_DEADLINE = LocalDate.of(2022, 8, 1);
    /** Building 7's address starts like a spreadsheet formula and holds a comma. */
    static final String FORMULA_ADDRESS = "=1+1 联合街道7号, 东门";
    private static final Instant T0 = Instant.parse("2022-05-20T01:00:00Z");

    private ExportFixture() {
    }

    static List<AdminUnit> units() {
        return List.of(
                unit(WEST, "华兴街道", AdminUnit.Level.STREET, null, 112.50, 26.80, 112.60, 27.00),
                unit(EAST, "联合街道", AdminUnit.Level.STREET, null, 112.60, 26.80, 112.70, 27.00),
                unit(WEST + "001", "西北社区", AdminUnit.Level.COMMUNITY, WEST, 112.50, 26.90, 112.60, 27.00),
                unit(WEST + "002", "西南社区", AdminUnit.Level.COMMUNITY, WEST, 112.50, 26.80, 112.60, 26.90),
                unit(EAST + "001", "东北社区", AdminUnit.Level.COMMUNITY, EAST, 112.60, 26.90, 112.70, 27.00),
                unit(EAST + "002", "东南社区", AdminUnit.Level.COMMUNITY, EAST, 112.60, 26.80, 112.70, 26.90));
    }

    private static AdminUnit unit(String code, String name, AdminUnit.Level level, String parent,
                                  double x1, double y1, double x2, double y2) {
        return new AdminUnit(code, name, level, parent, true, Wkb.FACTORY.toGeometry(new Envelope(x1, x2, y1, y2)));
    }

    static List<BuildingStore.NewRecord> all() {
        List<BuildingStore.NewRecord> out = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            out.add(new BuildingStore.NewRecord(building(i), List.of(
                    new NewEvent(EventType.CREATED, T0, "张三", "inspector", null, "{}"))));
        }
        return out;
    }

    static String houseCode(int i) {
        return String.format("HS-%06d", i);
    }

    static Building building(int i) {
        boolean west = i % 2 == 0;
        boolean north = (i / 2) % 2 == 0;
        Status status = Status.values()[i % Status.WITHDRAWN.ordinal()];   // the live states; withdrawn is last
        Judgement judgement = i % 4 == 0 ? null : Judgement.values()[i % 3];
        Grade grade = i % 5 == 0 ? Grade.values()[(i / 5) % 4] : null;
        LocalDate deadline = i % 7 == 0 ? PAST_DEADLINE : i % 7 == 1 ? LocalDate.of(2099, 1, 1) : null;
        String use = AttributeSchema.USES.get(i % 3);
        String structure = AttributeSchema.STRUCTURES.get(i % 6);
        String period = AttributeSchema.CONSTRUCTION_PERIODS.get(i % 6);
        String code = houseCode(i);
        String address = i == 7 ? FORMULA_ADDRESS : (west ? "华兴街道" : "联合街道") + i + "号";
        Geometry footprint = clockwiseSquare((west ? 112.51 : 112.61) + (i % 40) * 0.0003,
                (north ? 26.91 : 26.81) + (i / 40) * 0.0003);
        String survey = judgement == null ? "{}" : "{\"judgement\":\"" + judgement.code() + "\""
                + (judgement.isHazard() ? ",\"hazardTypes\":[\"foundation_settlement\",\"business_fire\"]" : "") + "}";
        String rectification = grade == null ? "{}" : "{\"measures\":[\"stop_use\",\"repair_reinforce\"],"
                + "\"responsible\":\"" + RESPONSIBLE + "\",\"completedDate\":\"" + COMPLETED + "\"}";
        String attributes = "{\"basic\":{\"houseCode\":\"" + code + "\",\"address\":\"" + address
                + "\",\"ownerName\":\"" + OWNER + "\",\"ownerPhone\":\"13812345678\",\"use\":\"" + use
                + "\",\"structure\":\"" + structure + "\",\"constructionPeriod\":\"" + period
                + "\",\"floorArea\":" + (100 + i % 50) + ",\"floorsAbove\":" + (1 + i % 5) + "},"
                + "\"survey\":" + survey + ",\"rectification\":" + rectification + "}";
        return new Building(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)), code, address,
                west ? WEST : EAST, null, (west ? WEST : EAST) + (north ? "001" : "002"), null,
                footprint, GeodesicArea.of(footprint), 100.0 + i % 50, 1 + i % 5, use, structure, period, i % 10 == 0,
                status, judgement, grade, deadline, i % 9 == 0 ? "2022-拆-01" : null, attributes, 1,
                judgement == null ? null : T0, T0, T0);
    }

    /** About 10 m square at (lon, lat), its ring drawn clockwise. */
    private static Geometry clockwiseSquare(double lon, double lat) {
        double d = 0.0001;
        return Wkb.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon, lat + d),
                new Coordinate(lon + d, lat + d), new Coordinate(lon + d, lat), new Coordinate(lon, lat)});
    }

    /** The ledger rule, restated independently of the SQL: a hazard, grade C/D, an open rectification, or closed out. */
    static boolean onLedger(Building b) {
        return (b.judgement() != null && b.judgement() != Judgement.NONE)
                || b.grade() == Grade.C || b.grade() == Grade.D
                || Set.of(Status.AWAITING_RECTIFICATION, Status.RECTIFYING, Status.RECTIFIED, Status.DEMOLITION_ORDERED,
                        Status.DEMOLISHED, Status.CLOSED).contains(b.status());
    }
}
