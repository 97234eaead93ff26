package org.housesafe.building;

import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;

/** The outbox replay on PostgreSQL + PostGIS, on the test run's throwaway cluster. */
class PostgisOutboxReplayIT extends OutboxReplayContract {
    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("outbox"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }
}
