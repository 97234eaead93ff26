package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisBuildingEditIT extends BuildingEditContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("edit"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
