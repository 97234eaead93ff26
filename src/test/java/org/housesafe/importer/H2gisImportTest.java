package org.housesafe.importer;

import java.util.UUID;
import org.housesafe.platform.db.Database;

class H2gisImportTest extends ImportContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
