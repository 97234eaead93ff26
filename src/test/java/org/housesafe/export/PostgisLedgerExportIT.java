package org.housesafe.export;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The ledger export contract on PostgreSQL + PostGIS. */
class PostgisLedgerExportIT extends LedgerExportContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("ledger_export"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
