package org.housesafe.export;

import org.housesafe.platform.db.Database;

/** The ledger export contract on the embedded H2GIS backend. */
class H2gisLedgerExportTest extends LedgerExportContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:ledger-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
