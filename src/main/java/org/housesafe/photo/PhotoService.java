package org.housesafe.photo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.Caller;
import org.housesafe.account.Scope;
import org.housesafe.building.BuildingService;
import org.housesafe.platform.web.ApiException;

/**
 * Photo rules that do not depend on HTTP: a photo belongs to a building and is seen only by
 * those who may see the building (anyone else gets the same 404 as for a photo that does not
 * exist); an upload is made safe by {@link PhotoIntake} before it is stored; a photo no event
 * claims within {@link #KEEP_UNATTACHED} is deleted, and a user may have at most
 * {@link #MAX_PENDING} such photos waiting at a time.
 */
public final class PhotoService {
    public static final Duration KEEP_UNATTACHED = Duration.ofHours(24);
    static final int MAX_PENDING = 50;

    private final PhotoStore store;
    private final BuildingService buildings;
    private final PhotoIntake intake;
    private final Clock clock;

    public PhotoService(PhotoStore store, BuildingService buildings, PhotoIntake intake, Clock clock) {
        this.store = store;
        this.buildings = buildings;
        this.intake = intake;
        this.clock = clock;
    }

    public PhotoStore store() {
        return store;
    }

    /** @throws ApiException 404 when the building does not exist or lies outside {@code scope} */
    public void requireBuilding(UUID buildingId, Scope scope) {
        buildings.get(buildingId, scope);
    }

    /**
     * Checks, cleans and stores an upload as an unattached photo of the building.
     *
     * @throws ApiException 404 (building), 413/415/422 (the file, see {@link PhotoIntake}),
     *                      429 when the caller already has {@link #MAX_PENDING} unattached photos
     */
    public Photo upload(UUID buildingId, byte[] upload, String clientFileName, Caller caller) {
        requireBuilding(buildingId, caller.scope());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.purgeUnattached(now.minus(KEEP_UNATTACHED));
        if (store.countUnattachedBy(caller.userId()) >= MAX_PENDING) {
            throw new ApiException(429, "too-many-pending-photos", "Too many photos waiting",
                    "You have " + MAX_PENDING + " photos not yet part of any record; record an event with them"
                            + " or wait until they expire", List.of(), Map.of());
        }
        ProcessedPhoto p = intake.process(upload, clientFileName, caller.userId());
        Photo photo = new Photo(UUID.randomUUID(), buildingId, null, caller.userId(), now, p.width(), p.height(),
                p.takenAt(), p.lon(), p.lat(), p.originalName());
        store.insert(photo, p.jpeg(), p.thumbnail());
        return photo;
    }

    public List<Photo> list(UUID buildingId, Scope scope) {
        requireBuilding(buildingId, scope);
        return store.byBuilding(buildingId);
    }

    /** @throws ApiException 404 when there is no such photo or its building is outside {@code scope} */
    public Photo get(UUID photoId, Scope scope) {
        Photo photo = store.find(photoId).orElseThrow(() -> notFound(photoId));
        try {
            requireBuilding(photo.buildingId(), scope);
        } catch (ApiException e) {
            throw notFound(photoId);
        }
        return photo;
    }

    public byte[] image(UUID photoId, Scope scope, PhotoStore.Variant variant) {
        get(photoId, scope);
        return store.image(photoId, variant).orElseThrow(() -> notFound(photoId));
    }

    private static ApiException notFound(UUID photoId) {
        return ApiException.notFound("No photo " + photoId);
    }
}
