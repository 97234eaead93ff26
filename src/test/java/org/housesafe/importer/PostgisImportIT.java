package org.housesafe.importer;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisImportIT extends ImportContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("import"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
