package org.housesafe.ogc;

import java.util.UUID;
import org.housesafe.platform.db.Database;

class H2gisOgcItemWritesTest extends OgcItemWritesContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:ogc-writes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
