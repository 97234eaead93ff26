package org.housesafe.photo;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The photo storage contract on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisPhotoStoreIT extends PhotoStoreContract {
    @Override
    Database openDatabase() {
        PostgresCluster pg = PostgresCluster.get();
        return Database.open(pg.createDatabase("photo"), PostgresCluster.USER, PostgresCluster.PASSWORD);
    }
}
