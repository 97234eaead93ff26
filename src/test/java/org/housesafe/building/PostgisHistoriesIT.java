package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** Street histories for offline copies on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisHistoriesIT extends HistoriesContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("histories"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
