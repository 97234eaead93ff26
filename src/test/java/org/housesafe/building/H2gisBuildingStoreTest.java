package org.housesafe.building;

import org.housesafe.platform.db.Database;

/** The storage contract on the embedded H2GIS backend (in memory, no server needed). */
class H2gisBuildingStoreTest extends BuildingStoreContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:store-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
