package org.housesafe.ogc.cql2;

import org.housesafe.platform.db.Database;

/** The filter table on the embedded H2GIS backend (in memory). */
class H2gisCql2FilterTest extends Cql2FilterContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:cql2-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
