package org.housesafe.demo;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisDemoDataIT extends DemoDataContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("demo"), PostgresCluster.USER, PostgresCluster.PASSWORD);
    }
}
