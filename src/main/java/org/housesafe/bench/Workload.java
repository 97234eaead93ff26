package org.housesafe.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * What the cases ask for, derived from the plan without reading the database: tiles ranked by
 * the houses they hold (densest first), bounding boxes of about 2,000 houses for list pages,
 * building ids, and a drawn polygon around the central city (a quarter of all buildings).
 */
final class Workload {
    static final int DETAIL_ZOOM = 16;
    static final int DENSE_ZOOM = 14;
    private static final int BOX_HOUSES = 2_000;

    /** A tile and the houses whose lot centre lies in it. */
    record RankedTile(Tile tile, int houses) {
    }

    final List<RankedTile> detailTiles;
    final List<RankedTile> denseTiles;
    final List<Envelope> boxes;
    final Polygon cityPolygon;
    final long cityHouses;
    private final CityPlan plan;

    Workload(CityPlan plan) {
        this.plan = plan;
        Map<Tile, Integer> z16 = new HashMap<>();
        Map<Tile, Integer> z14 = new HashMap<>();
        for (CityPlan.Town town : plan.towns) {
            for (TownLayout.Block b : town.blocks()) {
                Density d = b.density();
                double margin = (CityPlan.BLOCK_M - d.perSide() * d.lot) / 2;
                for (int lot = 0; lot < b.houses(); lot++) {
                    Coordinate c = town.frame().lonLat(b.minX() + margin + (lot % d.perSide() + 0.5) * d.lot,
                            b.minY() + margin + (lot / d.perSide() + 0.5) * d.lot);
                    z16.merge(Tile.at(c.x, c.y, DETAIL_ZOOM), 1, Integer::sum);
                    z14.merge(Tile.at(c.x, c.y, DENSE_ZOOM), 1, Integer::sum);
                }
            }
        }
        this.detailTiles = ranked(z16);
        this.denseTiles = ranked(z14);
        this.boxes = boxes(detailTiles);
        CityPlan.Town city = plan.towns.get(0);
        this.cityPolygon = around(city, new SplittableRandom(Seeds.mix(plan.seed, 6)));
        this.cityHouses = city.houses();
    }

    /** Tiles of {@code zoom} (the detail or the dense zoom), densest first. */
    List<RankedTile> tiles(int zoom) {
        return zoom == DETAIL_ZOOM ? detailTiles : denseTiles;
    }

    /** The id of a building drawn for request {@code n}: spread over the whole city. */
    UUID buildingId(long n) {
        return Seeds.buildingId(plan.seed, Math.floorMod(Seeds.mix(plan.seed, 7, n), plan.buildings));
    }

    private static List<RankedTile> ranked(Map<Tile, Integer> counts) {
        List<RankedTile> out = new ArrayList<>();
        counts.forEach((t, n) -> out.add(new RankedTile(t, n)));
        out.sort(Comparator.comparingInt(RankedTile::houses).reversed().thenComparingInt(r -> r.tile().x())
                .thenComparingInt(r -> r.tile().y()));
        return List.copyOf(out);
    }

    /** Boxes of about {@link #BOX_HOUSES} houses in the middle of the tiles holding the most. */
    private static List<Envelope> boxes(List<RankedTile> tiles) {
        List<Envelope> out = new ArrayList<>();
        for (RankedTile r : tiles.subList(0, Math.min(tiles.size(), 1_000))) {
            Envelope e = r.tile().lonLat();
            // a tile of fewer houses gets a box larger than the tile, reaching into its neighbours
            double share = Math.min(4, Math.sqrt((double) BOX_HOUSES / r.houses()));
            double w = e.getWidth() * share / 2;
            double h = e.getHeight() * share / 2;
            Coordinate c = e.centre();
            out.add(new Envelope(c.x - w, c.x + w, c.y - h, c.y + h));
        }
        return List.copyOf(out);
    }

    /** A 12-sided drawn area just outside the city's built blocks: no other town comes this near. */
    private static Polygon around(CityPlan.Town city, SplittableRandom rng) {
        double r = 0;
        for (TownLayout.Block b : city.blocks()) {
            for (int k = 0; k < 4; k++) {
                r = Math.max(r, Math.hypot(b.minX() + (k % 2) * CityPlan.BLOCK_M,
                        b.minY() + (k / 2) * CityPlan.BLOCK_M));
            }
        }
        Coordinate[] ring = new Coordinate[13];
        for (int k = 0; k < 12; k++) {
            double a = Math.PI * 2 * k / 12;
            double radius = Math.min((r + 40) * (1 + 0.08 * rng.nextDouble()), city.reachM() + 300);
            ring[k] = city.frame().lonLat(radius * Math.cos(a), radius * Math.sin(a));
        }
        ring[12] = ring[0].copy();
        return Wkb.FACTORY.createPolygon(ring);
    }
}
