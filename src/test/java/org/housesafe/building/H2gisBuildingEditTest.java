package org.housesafe.building;

import java.util.UUID;
import org.housesafe.platform.db.Database;

class H2gisBuildingEditTest extends BuildingEditContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:edit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
