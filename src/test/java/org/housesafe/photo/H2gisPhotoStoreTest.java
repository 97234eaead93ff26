package org.housesafe.photo;

import org.housesafe.platform.db.Database;

/** The photo storage contract on the embedded H2GIS backend. */
class H2gisPhotoStoreTest extends PhotoStoreContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:photo-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
