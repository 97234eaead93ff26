package org.housesafe.ogc;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

class PostgisOgcItemWritesIT extends OgcItemWritesContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("ogcwrites"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
