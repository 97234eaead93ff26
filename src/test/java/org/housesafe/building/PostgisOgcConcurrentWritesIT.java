package org.housesafe.building;

import java.util.UUID;

/** The concurrency contract with its PATCHes sent through OGC API Features Part 4. */
class PostgisOgcConcurrentWritesIT extends PostgisConcurrentWritesIT {
    @Override
    String patchPath(UUID id) {
        return "/ogc/collections/buildings/items/" + id;
    }
}
