package org.housesafe.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.housesafe.building.Building;

/**
 * The house code and id of every valid feature with its index, so that a repeat within the file
 * is refused with the index of the first one, and the database can be asked about all of them.
 */
final class Keys {
    final Map<String, Long> houseCodes = new HashMap<>();
    final Map<UUID, Long> ids = new HashMap<>();

    /** Records the row's keys, or returns the error for a key an earlier feature already has. */
    ImportError claim(long index, Building b) {
        Long earlier = houseCodes.putIfAbsent(b.houseCode(), index);
        if (earlier != null) {
            return new ImportError(index, "properties.basic.houseCode",
                    "'" + b.houseCode() + "' is also the house code of feature " + earlier);
        }
        earlier = ids.putIfAbsent(b.id(), index);
        if (earlier != null) {
            houseCodes.remove(b.houseCode());
            return new ImportError(index, "id", "'" + b.id() + "' is also the id of feature " + earlier);
        }
        return null;
    }
}
