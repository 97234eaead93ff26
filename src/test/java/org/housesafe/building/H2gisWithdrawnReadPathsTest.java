package org.housesafe.building;

import java.util.UUID;
import org.housesafe.platform.db.Database;

class H2gisWithdrawnReadPathsTest extends WithdrawnReadPathsContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:withdrawn-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
