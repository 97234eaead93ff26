package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The storage contract on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisBuildingStoreIT extends BuildingStoreContract {
    @Override
    Database openDatabase() {
        PostgresCluster pg = PostgresCluster.get();
        return Database.open(pg.createDatabase("store"), PostgresCluster.USER, PostgresCluster.PASSWORD);
    }
}
