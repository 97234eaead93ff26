package org.housesafe.stats;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisDemoReportIT extends DemoReportContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("report"), PostgresCluster.USER, PostgresCluster.PASSWORD);
    }
}
