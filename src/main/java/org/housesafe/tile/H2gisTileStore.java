package org.housesafe.tile;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.RoundingFilter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.building.BuildingFilter;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Tiles encoded in Java for the embedded database, from the same rows PostGIS encodes: each
 * footprint is projected to tile units, clipped to the tile and its {@link Tile#BUFFER}, snapped
 * to whole units (a footprint that collapses is left out, as {@code ST_AsMVTGeom} does) and
 * written by the mapbox-vector-tile-java encoder.
 */
final class H2gisTileStore extends TileStore {
    private static final MvtLayerParams PARAMS = new MvtLayerParams(Tile.EXTENT);
    private static final GeometryFactory TILE_UNITS = new GeometryFactory();
    private static final Geometry CLIP = TILE_UNITS.toGeometry(
            new Envelope(-Tile.BUFFER, Tile.EXTENT + Tile.BUFFER, -Tile.BUFFER, Tile.EXTENT + Tile.BUFFER));

    H2gisTileStore(Database db) {
        super(db);
    }

    @Override
    byte[] render(Tile tile, BuildingFilter filter, LocalDate today) {
        List<Geometry> features = Detail.at(tile.z()) == Detail.FULL
                ? query(TileSql.features("ST_AsBinary(b.footprint)", List.of(), tile, filter, today, dialect()),
                        rs -> footprints(rs, tile))
                : query(TileSql.cells(tile, filter, today, dialect()), H2gisTileStore::cells);
        if (features.isEmpty()) {
            return new byte[0];
        }
        return MvtEncoder.encode(new JtsMvt(new JtsLayer(LAYER, features, Tile.EXTENT)), PARAMS,
                new UserDataKeyValueMapConverter());
    }

    private static List<Geometry> footprints(ResultSet rs, Tile tile) throws SQLException {
        List<Geometry> out = new ArrayList<>();
        while (rs.next()) {
            Geometry g = inTileUnits(Wkb.read(rs.getBytes("geom")), tile);
            if (g != null) {
                g.setUserData(properties(rs, Detail.FULL, "id", rs.getString("id")));
                out.add(g);
            }
        }
        return out;
    }

    private static List<Geometry> cells(ResultSet rs) throws SQLException {
        List<Geometry> out = new ArrayList<>();
        while (rs.next()) {
            int half = Detail.CELL / 2;
            Geometry point = TILE_UNITS.createPoint(new Coordinate(rs.getInt("gx") * Detail.CELL + half,
                    rs.getInt("gy") * Detail.CELL + half));
            point.setUserData(properties(rs, Detail.AGGREGATED, "count", rs.getInt("total")));
            out.add(point);
        }
        return out;
    }

    /**
     * A feature's properties in the order PostGIS writes them: its own first ({@code id} or
     * {@code count}), then those both details share; NULLs are left out, as there.
     */
    private static Map<String, Object> properties(ResultSet rs, Detail detail, String key, Object value)
            throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(key, value);
        for (String name : List.of("status", "judgement", "grade")) {
            String v = rs.getString(name);
            if (v != null) {
                p.put(name, v);
            }
        }
        p.put("overdue", rs.getBoolean("overdue"));
        p.put("detail", detail.code());
        return p;
    }

    /**
     * {@code lonLat} in whole tile units (y down), clipped to the buffered tile; {@code null} when
     * nothing is left or it collapses to no area.
     */
    static Geometry inTileUnits(Geometry lonLat, Tile tile) {
        Envelope m = tile.mercator(0);
        double scale = Tile.EXTENT / tile.size();
        Geometry g = TILE_UNITS.createGeometry(lonLat);     // a copy on array sequences: its coordinates may be set
        g.apply((CoordinateFilter) c -> {
            c.setX((Tile.mercatorX(c.getX()) - m.getMinX()) * scale);
            c.setY((m.getMaxY() - Tile.mercatorY(c.getY())) * scale);
        });
        g.geometryChanged();
        if (!CLIP.getEnvelopeInternal().contains(g.getEnvelopeInternal())) {
            List<?> parts = PolygonExtracter.getPolygons(CLIP.intersection(g));
            g = TILE_UNITS.buildGeometry(parts.stream().map(Geometry.class::cast).toList());
        }
        g.apply(RoundingFilter.INSTANCE);
        return g.isEmpty() || g.getArea() == 0 ? null : g;
    }
}
