package org.housesafe.tile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The tiles whose content a change inside some lon/lat boxes can alter, at every zoom 0–22: per
 * box and zoom, the range of columns and rows whose tile, with its {@link Tile#BUFFER}, meets the
 * box. A box is grown by a few centimetres first, so that a footprint on a tile edge counts on
 * both sides. Aggregated tiles count a building in the tile holding its centre, which always lies
 * in this range too.
 */
final class TileRanges {
    /** About 10 cm, in degrees: more than rounding in stored or notified boxes. */
    private static final double SLACK = 1e-6;

    /** Per box, per zoom: min column, min row, max column, max row. */
    private final List<int[][]> ranges;

    private TileRanges(List<int[][]> ranges) {
        this.ranges = ranges;
    }

    /** The tiles touched by {@code lonLatBoxes} (WGS84). */
    static TileRanges of(Collection<Envelope> lonLatBoxes) {
        List<int[][]> out = new ArrayList<>();
        for (Envelope box : lonLatBoxes) {
            if (box.isNull()) {
                continue;
            }
            double minX = Tile.mercatorX(box.getMinX() - SLACK);
            double maxX = Tile.mercatorX(box.getMaxX() + SLACK);
            double minY = Tile.mercatorY(box.getMinY() - SLACK);
            double maxY = Tile.mercatorY(box.getMaxY() + SLACK);
            int[][] perZoom = new int[Tile.MAX_ZOOM + 1][];
            for (int z = 0; z <= Tile.MAX_ZOOM; z++) {
                double margin = 2 * Tile.HALF_WORLD / (1L << z) * Tile.BUFFER / Tile.EXTENT;
                perZoom[z] = new int[] {Tile.column(z, minX - margin), Tile.row(z, maxY + margin),
                    Tile.column(z, maxX + margin), Tile.row(z, minY - margin)};
            }
            out.add(perZoom);
        }
        return new TileRanges(out);
    }

    boolean contains(Tile t) {
        for (int[][] perZoom : ranges) {
            int[] r = perZoom[t.z()];
            if (t.x() >= r[0] && t.y() >= r[1] && t.x() <= r[2] && t.y() <= r[3]) {
                return true;
            }
        }
        return false;
    }

    /** How many tiles at zoom {@code z} (for tests and logs; boxes may overlap). */
    long count(int z) {
        long n = 0;
        for (int[][] perZoom : ranges) {
            int[] r = perZoom[z];
            n += (long) (r[2] - r[0] + 1) * (r[3] - r[1] + 1);
        }
        return n;
    }
}
