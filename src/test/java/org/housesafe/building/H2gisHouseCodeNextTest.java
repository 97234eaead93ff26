package org.housesafe.building;

import java.util.UUID;
import org.housesafe.platform.db.Database;

class H2gisHouseCodeNextTest extends HouseCodeNextContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:next-code-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
