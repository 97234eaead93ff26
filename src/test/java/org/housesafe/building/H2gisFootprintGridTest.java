package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.FootprintGrid;
import org.housesafe.platform.geo.Wkb;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * The embedded database's grid index finds exactly what an exact test over the whole table finds:
 * footprints of every size (tiny, about one cell, several cells) placed across cell borders, asked
 * for by boxes from a few metres to two cells wide, and by boxes too large for the cell list.
 */
class H2gisFootprintGridTest {
    private static final int BUILDINGS = 400;
    private static final double CELL = FootprintGrid.CELL_DEGREES;

    @Test
    void a_box_finds_every_footprint_it_meets_whatever_their_sizes_and_cells() throws Exception {
        Random random = new Random(20221207);
        try (Database db = Database.open("jdbc:h2:mem:grid-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null)) {
            new org.housesafe.adminunit.AdminUnitStore(db).insertAll(StoreFixture.units());
            BuildingStore store = new BuildingStore(db);
            store.insertAll(StoreFixture.buildings(0, BUILDINGS));
            reshape(db, random);
            for (int i = 0; i < 300; i++) {
                Envelope box = box(random, i < 290 ? CELL * 2 : 0.5);
                BuildingFilter filter = new BuildingFilter(Scope.ALL, box, Set.of(), Set.of(), Set.of(), Set.of(),
                        Set.of(), Set.of(), null, null, Set.of(), null, null);
                assertThat(store.count(filter)).as("buildings meeting %s", box).isEqualTo(exactCount(db, box));
            }
            assertThat(exactCount(db, new Envelope(112.5, 112.7, 26.8, 27.0))).isEqualTo(BUILDINGS);
        }
    }

    /** Gives every building a rectangle: mostly small, some about a cell (0.01°), some several cells. */
    private static void reshape(Database db, Random random) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ids = c.prepareStatement("SELECT id FROM building");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE building SET footprint = ST_GeomFromWKB(?, 4326) WHERE id = ?")) {
            List<UUID> all = new ArrayList<>();
            try (ResultSet rs = ids.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getObject(1, UUID.class));
                }
            }
            for (UUID id : all) {
                double roll = random.nextDouble();
                double w = roll < 0.8 ? CELL * (0.01 + random.nextDouble() * 0.9)
                        : roll < 0.9 ? CELL * (0.95 + random.nextDouble() * 0.1) : CELL * (1.1 + random.nextDouble() * 4);
                double h = roll < 0.8 ? CELL * (0.01 + random.nextDouble() * 0.9) : w;
                double x = 112.59 + random.nextDouble() * CELL * 10;
                double y = 26.89 + random.nextDouble() * CELL * 10;
                update.setBytes(1, Wkb.write(Wkb.FACTORY.toGeometry(new Envelope(x, x + w, y, y + h))));
                update.setObject(2, id);
                update.executeUpdate();
            }
        }
    }

    private static Envelope box(Random random, double maxSize) {
        double x = 112.59 - CELL + random.nextDouble() * CELL * 12;
        double y = 26.89 - CELL + random.nextDouble() * CELL * 12;
        double w = 0.00001 + random.nextDouble() * maxSize;
        double h = 0.00001 + random.nextDouble() * maxSize;
        return new Envelope(x, x + w, y, y + h);
    }

    private static long exactCount(Database db, Envelope box) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM building WHERE ST_Intersects(footprint, ST_MakeEnvelope(?, ?, ?, ?, 4326))")) {
            ps.setDouble(1, box.getMinX());
            ps.setDouble(2, box.getMinY());
            ps.setDouble(3, box.getMaxX());
            ps.setDouble(4, box.getMaxY());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
