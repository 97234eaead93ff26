package org.housesafe.ogc;

import java.util.Arrays;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.platform.web.ApiException;

/** The collections this service offers: the buildings, and the streets and communities they lie in. */
enum OgcCollection {
    BUILDINGS("buildings", "房屋 Buildings",
            "Surveyed buildings (footprints) with their safety lifecycle; temporal property: the time of the last event",
            null),
    STREETS("streets", "街道 Streets", "Street office areas (9-digit division codes)", AdminUnit.Level.STREET),
    COMMUNITIES("communities", "社区/村 Communities and villages", "Communities and villages (12-digit division codes)",
            AdminUnit.Level.COMMUNITY);

    private final String id;
    private final String title;
    private final String description;
    private final AdminUnit.Level level;

    OgcCollection(String id, String title, String description, AdminUnit.Level level) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.level = level;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    /** The admin-unit level of a unit collection; {@code null} for the buildings. */
    AdminUnit.Level level() {
        return level;
    }

    /** @throws ApiException 404 for an unknown collection id */
    static OgcCollection of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no collection " + (id.length() > 40 ? id.substring(0, 40) : id)
                        + "; collections: " + Arrays.stream(values()).map(OgcCollection::id).toList()));
    }
}
