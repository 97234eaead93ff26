package org.housesafe.stats;

import org.housesafe.platform.db.Database;

/** The filter and statistics contract on the embedded H2GIS backend. */
class H2gisStatsTest extends StatsContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:stats-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
