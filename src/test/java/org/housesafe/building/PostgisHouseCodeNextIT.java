package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The next free house code on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisHouseCodeNextIT extends HouseCodeNextContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("nextcode"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
