package org.housesafe.tile;

import java.util.UUID;
import org.housesafe.platform.db.Database;

class H2gisTileTest extends TileContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:tiles-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
