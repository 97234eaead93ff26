package org.housesafe.tile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.housesafe.building.BuildingFilter;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.PostgisDialect;
import org.housesafe.platform.db.SpatialDialect;
import org.housesafe.platform.db.Sql;
import org.housesafe.platform.db.StoreException;

/**
 * Renders one tile of the {@code buildings} layer from the database, at the {@link Detail} of its
 * zoom, with the rows of {@link TileSql}. PostGIS encodes in SQL ({@code ST_AsMVT}); H2GIS, which
 * has no encoder, in Java. Nothing is cached here: see {@link TileService}.
 */
abstract class TileStore {
    static final String LAYER = "buildings";

    /** Reads a result set into a value. */
    @FunctionalInterface
    interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Database db;

    TileStore(Database db) {
        this.db = db;
    }

    /** How this store's database spells the spatial index's box test. */
    SpatialDialect dialect() {
        return db.dialect();
    }

    static TileStore of(Database db) {
        return db.dialect() instanceof PostgisDialect ? new PostgisTileStore(db) : new H2gisTileStore(db);
    }

    /**
     * The tile as Mapbox Vector Tile bytes (layer {@value #LAYER}, extent {@value Tile#EXTENT});
     * no bytes at all when no building of {@code filter} meets it.
     *
     * @param today the service's date, for {@code overdue}
     * @throws StoreException when the database fails
     */
    abstract byte[] render(Tile tile, BuildingFilter filter, LocalDate today);

    final <T> T query(Sql sql, ResultReader<T> reader) {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("tile query failed", e);
        }
    }
}
