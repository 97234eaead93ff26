package org.housesafe.stats;

import org.housesafe.platform.db.Database;

class H2gisDemoReportTest extends DemoReportContract {
    @Override
    Database openDatabase() {
        return Database.open("jdbc:h2:mem:demo-report-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
