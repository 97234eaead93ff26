package org.housesafe.building;

import java.util.UUID;

/** A page of a filtered list: keyset paging by id, {@code after} exclusive. */
public record BuildingQuery(BuildingFilter filter, UUID after, int limit) {
}
