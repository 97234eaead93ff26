package org.housesafe.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Browser tests that share one {@link DemoWorld} (one database and app) per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoWorldTest {
    protected DemoWorld world;

    @BeforeAll
    void startWorld() throws Exception {
        world = new DemoWorld();
    }

    @AfterAll
    void stopWorld() {
        if (world != null) {
            world.close();
        }
    }
}
