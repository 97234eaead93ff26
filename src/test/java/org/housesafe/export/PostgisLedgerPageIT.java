package org.housesafe.export;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The ledger page contract on PostgreSQL + PostGIS. */
class PostgisLedgerPageIT extends LedgerPageContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("ledger_page"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
