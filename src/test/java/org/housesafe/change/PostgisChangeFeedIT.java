package org.housesafe.change;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisChangeFeedIT extends ChangeFeedContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("changes"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
