package org.housesafe.stats;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The filter and statistics contract on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisStatsIT extends StatsContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("stats"), PostgresCluster.USER, PostgresCluster.PASSWORD);
    }
}
