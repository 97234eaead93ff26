package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** House codes and scope on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisHouseCodeScopeIT extends HouseCodeScopeContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("codes"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
