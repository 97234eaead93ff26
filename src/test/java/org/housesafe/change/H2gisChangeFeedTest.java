package org.housesafe.change;

import java.util.UUID;
import org.housesafe.platform.db.Database;

class H2gisChangeFeedTest extends ChangeFeedContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:changes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
