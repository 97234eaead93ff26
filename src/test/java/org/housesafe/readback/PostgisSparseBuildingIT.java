package org.housesafe.readback;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** Reads over buildings with absent optional attributes on PostgreSQL + PostGIS, on the test run's cluster. */
class PostgisSparseBuildingIT extends SparseBuildingContract {
    @Override
    protected Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("sparse"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
