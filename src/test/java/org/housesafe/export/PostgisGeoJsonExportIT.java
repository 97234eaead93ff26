package org.housesafe.export;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The GeoJSON export contract on PostgreSQL + PostGIS (streamed inside a transaction there). */
class PostgisGeoJsonExportIT extends GeoJsonExportContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("geojson_export"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
