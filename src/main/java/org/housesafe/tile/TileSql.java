package org.housesafe.tile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingFilters;
import org.housesafe.lifecycle.Judgement;
import org.housesafe.platform.db.SpatialDialect;
import org.housesafe.platform.db.Sql;
import org.locationtech.jts.geom.Envelope;

/**
 * The rows of a tile, in SQL both backends run: the buildings of the filter (the caller's streets
 * included, {@link BuildingFilters#where}) that meet the tile, either as features or summed per
 * aggregation cell. PostGIS wraps them in {@code ST_AsMVT}; H2GIS encodes them in Java. Selection
 * uses the spatial index through the tile's box in longitude and latitude.
 */
final class TileSql {
    /** Web Mercator metres of a footprint's bounding-box centre, from its longitude and latitude. */
    private static final String CENTRE_X = "6378137 * RADIANS((ST_XMin(b.footprint) + ST_XMax(b.footprint)) / 2)";
    private static final String CENTRE_Y =
            "6378137 * LN(TAN(PI() / 4 + RADIANS((ST_YMin(b.footprint) + ST_YMax(b.footprint)) / 2) / 2))";
    private static final int CELLS = Tile.EXTENT / Detail.CELL;

    private TileSql() {
    }

    /**
     * One row per building meeting the buffered tile, ordered by id: {@code geom} (the given
     * expression, bound to {@code geometryValues}), {@code id}, {@code status}, {@code judgement},
     * {@code grade}, {@code overdue}.
     */
    static Sql features(String geometry, List<Object> geometryValues, Tile tile, BuildingFilter filter,
                        LocalDate today, SpatialDialect dialect) {
        List<Object> head = new ArrayList<>(geometryValues);
        head.add(today);
        Sql sql = new Sql().append("SELECT " + geometry + " AS geom, CAST(b.id AS VARCHAR(36)) AS id, b.status,"
                + " b.judgement, b.grade, COALESCE(b.deadline < ?, FALSE) AS overdue FROM building b", head.toArray());
        return inTile(sql, filter, tile.lonLat(Tile.BUFFER), dialect).append(" ORDER BY b.id");
    }

    /**
     * One row per occupied cell ({@code gx}, {@code gy} from 0 to 63, from the tile's north-west
     * corner): {@code total}, the most common {@code status} (ties: the first code), the most
     * severe {@code judgement}, the worst {@code grade} and whether any is {@code overdue}.
     */
    static Sql cells(Tile tile, BuildingFilter filter, LocalDate today, SpatialDialect dialect) {
        Envelope m = tile.mercator(0);
        double cell = tile.size() / CELLS;
        Sql sql = new Sql().append("""
                SELECT gx, gy, total, status, %s AS judgement, grade, overdue FROM (
                  SELECT gx, gy, status, ROW_NUMBER() OVER (PARTITION BY gx, gy ORDER BY n DESC, status) AS pick,
                         CAST(SUM(n) OVER (PARTITION BY gx, gy) AS INTEGER) AS total,
                         MAX(j) OVER (PARTITION BY gx, gy) AS j, MAX(g) OVER (PARTITION BY gx, gy) AS grade,
                         MAX(o) OVER (PARTITION BY gx, gy) = 1 AS overdue
                    FROM (SELECT gx, gy, status, COUNT(*) AS n, MAX(j) AS j, MAX(grade) AS g, MAX(o) AS o FROM (
                      SELECT CAST(FLOOR((%s - ?) / ?) AS INTEGER) AS gx, CAST(FLOOR((? - %s) / ?) AS INTEGER) AS gy,
                             b.status, b.grade, %s AS j, CASE WHEN b.deadline < ? THEN 1 ELSE 0 END AS o
                        FROM building b""".formatted(judgementCase("j", false), CENTRE_X, CENTRE_Y,
                judgementCase("b.judgement", true)), m.getMinX(), cell, m.getMaxY(), cell, today);
        inTile(sql, filter, tile.lonLat(0), dialect);
        return sql.append("""
                ) r WHERE gx BETWEEN 0 AND %d AND gy BETWEEN 0 AND %d GROUP BY gx, gy, status) s
                ) w WHERE pick = 1""".formatted(CELLS - 1, CELLS - 1));
    }

    private static Sql inTile(Sql sql, BuildingFilter filter, Envelope box, SpatialDialect dialect) {
        Sql where = BuildingFilters.where(filter, dialect);
        sql.append(where);
        dialect.footprintMeets(sql, box);
        return sql;
    }

    /**
     * {@code CASE column …} between judgement codes and severity numbers ({@code toRank}) or back;
     * the enum lists the most severe first, so that MAX of the numbers finds the worst.
     */
    private static String judgementCase(String column, boolean toRank) {
        StringBuilder s = new StringBuilder("CASE " + column);
        for (Judgement j : Judgement.values()) {
            String code = "'" + j.code() + "'";
            String rank = String.valueOf(Judgement.values().length - j.ordinal());
            s.append(" WHEN ").append(toRank ? code : rank).append(" THEN ").append(toRank ? rank : code);
        }
        return s.append(" END").toString();
    }
}
