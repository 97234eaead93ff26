package org.housesafe.building;

import org.housesafe.platform.db.Database;

class H2gisConcurrentWritesTest extends ConcurrentWritesContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:concurrent-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
