package org.housesafe.ogc;

import org.housesafe.platform.db.Database;

/** The OGC paging contract on the embedded H2GIS backend. */
class H2gisOgcPagingTest extends OgcPagingContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:ogc-paging-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
