package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisWithdrawnReadPathsIT extends WithdrawnReadPathsContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("withdrawn"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
