package org.housesafe.building;

import org.housesafe.platform.db.Database;

/** Street histories for offline copies on the embedded H2GIS backend. */
class H2gisHistoriesTest extends HistoriesContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:histories-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
