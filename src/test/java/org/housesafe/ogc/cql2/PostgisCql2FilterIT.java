package org.housesafe.ogc.cql2;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The filter table on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisCql2FilterIT extends Cql2FilterContract {
    @Override
    Database openDatabase() {
        PostgresCluster pg = PostgresCluster.get();
        return Database.open(pg.createDatabase("cql2"), PostgresCluster.USER, PostgresCluster.PASSWORD);
    }
}
