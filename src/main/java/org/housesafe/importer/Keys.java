package org.housesafe.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.housesafe.building.Building;

/**
 * The house code (with its street: codes are unique within a street) and id of every valid
 * feature with its index, so that a repeat within the file is refused with the index of the first
 * one, and the database can be asked about all of them.
 */
final class Keys {
    /** A house code in its street: the unit of uniqueness. */
    record HouseCode(String code, String street) {
    }

    final Map<HouseCode, Long> houseCodes = new HashMap<>();
    final Map<UUID, Long> ids = new HashMap<>();

    /** Records the row's keys, or returns the error for a key an earlier feature already has. */
    ImportError claim(long index, Building b) {
        HouseCode code = new HouseCode(b.houseCode(), b.streetCode());
        Long earlier = houseCodes.putIfAbsent(code, index);
        if (earlier != null) {
            return new ImportError(index, "properties.basic.houseCode",
                    "'" + b.houseCode() + "' is also the house code of feature " + earlier + " in the same street");
        }
        earlier = ids.putIfAbsent(b.id(), index);
        if (earlier != null) {
            houseCodes.remove(code);
            return new ImportError(index, "id", "'" + b.id() + "' is also the id of feature " + earlier);
        }
        return null;
    }
}
