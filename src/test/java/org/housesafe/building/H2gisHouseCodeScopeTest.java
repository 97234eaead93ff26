package org.housesafe.building;

import org.housesafe.platform.db.Database;

/** House codes and scope on the embedded H2GIS backend. */
class H2gisHouseCodeScopeTest extends HouseCodeScopeContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:codes-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
