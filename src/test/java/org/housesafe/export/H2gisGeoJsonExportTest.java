package org.housesafe.export;

import org.housesafe.platform.db.Database;

/** The GeoJSON export contract on the embedded H2GIS backend. */
class H2gisGeoJsonExportTest extends GeoJsonExportContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:export-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
