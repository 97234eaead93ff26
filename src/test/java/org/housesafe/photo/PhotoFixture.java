package org.housesafe.photo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.Building;
import org.housesafe.building.BuildingStore;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.Jdbc;
import org.housesafe.platform.geo.GeodesicArea;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Two streets side by side (west 430408003, east 430408004), one building in each with a
 * two-event history (created, survey), a third building in the west whose survey was followed by
 * a demolition order at {@link #ORDERED_AT}, and a user to upload as.
 */
final class PhotoFixture {
    static final String WEST = "430408003";
    static final String EAST = "430408004";
    static final Instant T0 = Instant.parse("2024-01-10T02:00:00Z");
    static final UUID WEST_BUILDING = UUID.nameUUIDFromBytes("photo-west".getBytes(StandardCharsets.UTF_8));
    static final UUID EAST_BUILDING = UUID.nameUUIDFromBytes("photo-east".getBytes(StandardCharsets.UTF_8));
    static final UUID ORDERED_BUILDING = UUID.nameUUIDFromBytes("photo-ordered".getBytes(StandardCharsets.UTF_8));
    static final Instant ORDERED_AT = T0.plusSeconds(3600);

    private PhotoFixture() {
    }

    /** Loads the streets and the two buildings into an empty, migrated database. */
    static void load(Database db) {
        new AdminUnitStore(db).insertAll(List.of(street(WEST, "华兴街道", 112.50), street(EAST, "联合街道", 112.60)));
        new BuildingStore(db).insertAll(List.of(building(WEST_BUILDING, "HS-P-W", WEST, 112.55),
                building(EAST_BUILDING, "HS-P-E", EAST, 112.65), ordered()));
    }

    /** A user row for {@code uploaded_by}; only its id matters to the photo store. */
    static UUID user(Database db, String name) {
        UUID id = UUID.randomUUID();
        new Jdbc(db).update("INSERT INTO app_user (id, username, role, scope, password_hash, created_at,"
                + " password_changed_at) VALUES (?, ?, 'inspector', '*', 'x', ?, ?)", id, name, T0, T0);
        return id;
    }

    static Photo photo(UUID buildingId, UUID uploader, Instant uploadedAt) {
        return new Photo(UUID.randomUUID(), buildingId, null, uploader, uploadedAt, 640, 480,
                Instant.parse("2024-01-09T08:30:00Z"), 112.55, 26.95, "IMG_0001.jpg");
    }

    /**
     * A building demolished by order: created, survey, demolition order (at {@link #ORDERED_AT}),
     * an edit, and the demolition (event 5), which documents the order, not the edit.
     */
    private static BuildingStore.NewRecord ordered() {
        BuildingStore.NewRecord r = building(ORDERED_BUILDING, "HS-P-O", WEST, 112.56);
        List<NewEvent> events = new java.util.ArrayList<>(r.history());
        events.add(new NewEvent(EventType.DEMOLITION_ORDER, ORDERED_AT, "李四", "street_office", null, "{}"));
        events.add(new NewEvent(EventType.EDIT, ORDERED_AT.plusSeconds(600), "张三", "inspector", null,
                "{\"changes\":[]}"));
        events.add(new NewEvent(EventType.DEMOLITION, ORDERED_AT.plusSeconds(1200), "张三", "inspector", null, "{}"));
        return new BuildingStore.NewRecord(r.building(), events);
    }

    private static AdminUnit street(String code, String name, double west) {
        return new AdminUnit(code, name, AdminUnit.Level.STREET, null, true,
                Wkb.FACTORY.toGeometry(new Envelope(west, west + 0.1, 26.80, 27.00)));
    }

    private static BuildingStore.NewRecord building(UUID id, String code, String street, double lon) {
        Geometry footprint = Wkb.FACTORY.toGeometry(new Envelope(lon, lon + 0.0001, 26.95, 26.9501));
        String attributes = "{\"basic\":{\"houseCode\":\"" + code + "\",\"address\":\"" + code + "号\"}}";
        Building b = new Building(id, code, code + "号", street, null, null, null, footprint,
                GeodesicArea.of(footprint), 120.0, 2, "other", "brick_concrete", "2001_2010", false,
                Status.SURVEYED, null, null, null, null, attributes, 1, T0, T0, T0);
        return new BuildingStore.NewRecord(b, List.of(
                new NewEvent(EventType.CREATED, T0, "张三", "inspector", null, "{}"),
                new NewEvent(EventType.SURVEY, T0.plusSeconds(600), "张三", "inspector", null,
                        "{\"judgement\":\"none\"}")));
    }
}
