package org.housesafe.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.housesafe.building.StoreFixture;
import org.housesafe.platform.db.Database;
import org.housesafe.testing.PostgresCluster;
import org.housesafe.web.TestApp;
import org.junit.jupiter.api.Test;

/**
 * The tile contract on PostGIS, plus what only PostGIS does: several app servers on one database
 * drop each other's cached tiles through NOTIFY, whatever wrote the change.
 */
class PostgisTileIT extends TileContract {
    private static final long WITHIN_MS = 5_000;

    @Override
    Database openDatabase() {
        return Database.open(PostgresCluster.get().createDatabase("tiles"), PostgresCluster.USER,
                PostgresCluster.PASSWORD);
    }

    @Test
    void an_edit_through_one_server_reaches_the_cache_of_another_within_5_seconds() throws Exception {
        try (TestApp other = new TestApp(db)) {
            awaitListeners(2);
            assertEditReaches(other);
        }
    }

    @Test
    void a_listener_whose_connection_drops_reconnects_and_hears_again() throws Exception {
        try (TestApp other = new TestApp(db)) {
            awaitListeners(2);
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?"
                            + " AND datname = current_database()")) {
                ps.setString(1, TileListener.APPLICATION_NAME);
                ps.executeQuery().close();
            }
            awaitListeners(2);
            assertEditReaches(other);
        }
    }

    @Test
    void a_write_outside_the_api_reaches_the_cache_through_the_database() throws Exception {
        awaitListeners(1);
        Tile z12 = tileOf(0, 12);
        String before = etag(district, z12);
        app.services.buildings().store().insertAll(List.of(StoreFixture.building(BUILDINGS)));   // as an import does
        assertChangesWithin(() -> get(district, z12, null, before), WITHIN_MS);
    }

    /** A tile cached by {@code other} changes there within 5 s of an edit made through {@link #app}. */
    private void assertEditReaches(TestApp other) throws Exception {
        Tile t = tileOf(0, 16);
        String before = TileHttp.get(other.base(), street, TileHttp.path(t), null).headers().firstValue("ETag")
                .orElseThrow();
        assertThat(TileHttp.get(other.base(), street, TileHttp.path(t), before).statusCode()).isEqualTo(304);
        assertThat(other.services.tiles().cache().size()).as("cached on the other server").isPositive();
        HttpResponse<String> moved = write("PATCH", "/api/buildings/" + building(0).id(), MOVED);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertChangesWithin(() -> TileHttp.get(other.base(), street, TileHttp.path(t), before), WITHIN_MS);
    }

    private interface Request {
        HttpResponse<byte[]> send() throws Exception;
    }

    /** Polls a conditional request until it is no longer 304 (the tile changed). */
    private static void assertChangesWithin(Request conditional, long ms) throws Exception {
        long start = System.nanoTime();
        while (conditional.send().statusCode() == 304) {
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the tile changed").isLessThan(ms);
            Thread.sleep(50);
        }
    }

    /** Waits until {@code n} tile listeners of this database have run LISTEN. */
    private void awaitListeners(int n) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (listening() < n) {
            assertThat(System.currentTimeMillis()).as("listeners ready in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private int listening() throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()"
                        + " AND query = 'LISTEN " + TileListener.CHANNEL + "'")) {
            ps.setString(1, TileListener.APPLICATION_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
