package org.housesafe.building;

import java.util.UUID;

/**
 * A page of a filtered list: keyset paging by id, {@code after} exclusive; {@code full}: each
 * building as one building's GET answers it (every attribute block and the reader's allowed
 * actions), which an offline copy needs, instead of the summary.
 */
public record BuildingQuery(BuildingFilter filter, UUID after, int limit, boolean full) {
    public BuildingQuery(BuildingFilter filter, UUID after, int limit) {
        this(filter, after, limit, false);
    }
}
