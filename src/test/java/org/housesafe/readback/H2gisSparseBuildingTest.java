package org.housesafe.readback;

import org.housesafe.platform.db.Database;

/** Reads over buildings with absent optional attributes on the embedded H2GIS backend. */
class H2gisSparseBuildingTest extends SparseBuildingContract {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:sparse-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
