package org.housesafe.durability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.housesafe.HouseSafe;
import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.building.StoreFixture;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.TestTmp;

/** A data directory for a {@link ChildServer}: the fixture's streets, an admin, and a street office with a token. */
final class EmbeddedWorld {

    private EmbeddedWorld() {
    }

    static Path scratch(String name) {
        return TestTmp.dir().resolve(name + "-" + UUID.randomUUID());
    }

    /** Writes the world into {@code dataDir} and returns the street office's API token. */
    static String prepare(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        Config d = Config.defaults();
        String url = new Config(0, "127.0.0.1", dataDir, null, null, null, d.extent(), d.basemap(), null, d.limits(),
                d.security(), false, d.deadlines()).effectiveDbUrl();
        try (Database db = Database.open(url, null, null)) {
            HouseSafe.Services s = HouseSafe.Services.of(d, db, Clock.systemUTC());
            s.units().insertAll(StoreFixture.units());
            s.users().create("world-admin", Role.ADMIN, Scope.ALL, "correct-horse-battery", false);
            var user = s.users().create("world-office", Role.STREET_OFFICE, Scope.of(Set.of(StoreFixture.WEST)),
                    "correct-horse-battery", false);
            return s.tokens().create(user, "durability test", LocalDate.now().plusDays(30)).secret();
        }
    }

    /** A 10 m square in the west street, placed by {@code i} so that no two overlap. */
    static String feature(String id, int i) {
        double lon = 112.501 + (i % 400) * 0.0002;
        double lat = 26.901 + (i / 400) * 0.0002;
        double d = 0.0001;
        return """
                {"type":"Feature","id":"%s","geometry":{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]},
                 "properties":{"basic":{"houseCode":"K-%07d","address":"华兴街道测试%d号","use":"operating"}}}"""
                .formatted(id, lon, lat, lon + d, lat, lon + d, lat + d, lon, lat + d, lon, lat, i, i);
    }
}
