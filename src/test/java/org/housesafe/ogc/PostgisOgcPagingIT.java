package org.housesafe.ogc;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The OGC paging contract on PostgreSQL + PostGIS. */
class PostgisOgcPagingIT extends OgcPagingContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("ogc_paging"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
