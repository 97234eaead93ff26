package org.housesafe.building;

import java.util.UUID;

/**
 * A page of a filtered list: keyset paging by id, {@code after} exclusive; {@code full}: each
 * building as one building's GET answers it (every attribute block and the reader's allowed
 * actions), which an offline copy needs, instead of the summary. {@code before} (exclusive, at
 * most one of the two cursors) asks for the page that ends just before it: an OGC API
 * {@code prev} link, keyset too, so going back neither skips nor repeats while others write.
 */
public record BuildingQuery(BuildingFilter filter, UUID after, UUID before, int limit, boolean full) {
    public BuildingQuery(BuildingFilter filter, UUID after, int limit, boolean full) {
        this(filter, after, null, limit, full);
    }

    public BuildingQuery(BuildingFilter filter, UUID after, int limit) {
        this(filter, after, null, limit, false);
    }
}
