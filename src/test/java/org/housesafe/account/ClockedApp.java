package org.housesafe.account;

import org.housesafe.config.Basemap;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestClock;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh app per test on a clock the test moves, with one district user, alice. */
abstract class ClockedApp {
    final TestClock clock = TestClock.startingNow();
    Database db;
    TestApp app;
    String base;

    @BeforeEach
    void start() {
        db = AccountTesting.memDb(getClass().getSimpleName());
        app = new TestApp(db, Basemap.NONE, clock);
        base = app.base();
        app.user("alice", Role.DISTRICT, Scope.ALL);
    }

    @AfterEach
    void stop() {
        app.close();
        db.close();
    }
}
