package org.housesafe.export;

import org.housesafe.platform.db.Database;

/** The ledger page contract on the embedded H2GIS backend. */
class H2gisLedgerPageTest extends LedgerPageContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:ledger-page-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
