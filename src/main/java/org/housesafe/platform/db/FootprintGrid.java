package org.housesafe.platform.db;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The embedded database's spatial index: a B-tree on {@code building.grid_cell}, the cell of a
 * {@value #CELL_DEGREES}° grid that holds the south-west corner of the footprint's bounding box
 * (footprints larger than one cell in either direction share {@link #OVERSIZE}). H2's own R-tree
 * is not used: an R-tree map in the undo log of a transaction open when the process is killed
 * makes H2 2.3 unable to open the file again (README, "Durability of the embedded database").
 *
 * <p>The key is computed by the database in a generated column (migration
 * {@code V10__grid_cell.sql}, with the same constants); this class lists the keys a query box
 * must look in.
 */
public final class FootprintGrid {
    /**
     * Cell size in degrees, about 200 m: a z16 tile reads about 25 cells. At 0.01° a cold z16 tile
     * of the 100,000-building bench city took 24 ms against the R-tree's 8 ms (BENCHMARKS.md).
     */
    public static final double CELL_DEGREES = 0.002;
    /** The key shared by footprints wider or taller than one cell. */
    public static final long OVERSIZE = -1;
    /** Beyond this many cells a query reads the table instead: it covers much of it anyway. */
    static final int MAX_CELLS = 1024;
    private static final long ROW = 1_000_000;
    private static final long LAT_OFFSET = 100_000;

    private FootprintGrid() {
    }

    /** The key of the cell holding the point (as the migration computes it). */
    static long key(double lon, double lat) {
        return cell(lon) * ROW + cell(lat) + LAT_OFFSET;
    }

    /**
     * Every key a footprint meeting {@code box} may have: the cells from one cell south-west of
     * the box (a footprint's corner lies at most one cell away from any point it covers) to its
     * north-east corner, and {@link #OVERSIZE}; empty when there would be more than
     * {@link #MAX_CELLS}.
     */
    static List<Long> keysMeeting(Envelope box) {
        long x0 = cell(box.getMinX()) - 1;
        long x1 = cell(box.getMaxX());
        long y0 = cell(box.getMinY()) - 1;
        long y1 = cell(box.getMaxY());
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
            return List.of();
        }
        List<Long> keys = new ArrayList<>();
        keys.add(OVERSIZE);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                keys.add(x * ROW + y + LAT_OFFSET);
            }
        }
        return keys;
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }
}
