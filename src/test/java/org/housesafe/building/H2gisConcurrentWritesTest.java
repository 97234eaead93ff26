package org.housesafe.building;

import java.nio.file.Path;
import java.util.UUID;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestTmp;

/** The contract on the embedded database as the service opens it: a file, written through at every commit. */
class H2gisConcurrentWritesTest extends ConcurrentWritesContract {
    @Override
    Database openDatabase() {
        Path dir = TestTmp.dir().resolve("concurrent-" + UUID.randomUUID());
        Config d = Config.defaults();
        String url = new Config(0, "127.0.0.1", dir, null, null, null, d.extent(), d.basemap(), null, d.limits(),
                d.security(), false, d.deadlines()).effectiveDbUrl();
        return Database.open(url, null, null);
    }
}
