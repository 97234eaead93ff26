package org.housesafe.demo;

import org.housesafe.platform.db.Database;

class H2gisDemoDataTest extends DemoDataContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:demo-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
