package org.housesafe.importer;

import java.util.List;
import org.housesafe.building.Building;
import org.housesafe.lifecycle.NewEvent;

/**
 * A validated building ready to load: its row, its footprint as EWKB (SRID 4326), its history
 * and each event's chain hash (event {@code i} links to hash {@code i-1}).
 *
 * @param building its {@code footprint} may be {@code null} when read back without geometry
 */
record PreparedRow(Building building, byte[] ewkb, List<NewEvent> history, List<String> hashes) {

    /** The hash of the last event: the head of the chain stored on the building. */
    String head() {
        return hashes.get(hashes.size() - 1);
    }
}
