package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisConcurrentWritesIT extends ConcurrentWritesContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("concurrent"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
