package org.housesafe.tile;

/**
 * What a tile of the {@code buildings} layer carries at a zoom, named in every feature's
 * {@code detail} property and in the TileJSON. Chosen by measurement (README, "Vector tiles"):
 * on 1,000,000 synthetic footprints a dense z15 tile at full detail is 0.4–0.7 MB and a dense z14
 * tile 1.1–1.6 MB, over the 500 KB a map can take, while a z16 tile stays under 200 KB; so below
 * {@link #FULL_FROM_ZOOM} a tile carries one point per occupied cell of a grid instead (at most
 * 4,096 points, under 100 KB, whatever the density).
 */
public enum Detail {
    /** Footprints with {@code id}, {@code status}, {@code judgement}, {@code grade}, {@code overdue}. */
    FULL("full"),
    /**
     * One point per occupied {@link #CELL}×{@link #CELL} cell of the tile, at the cell's centre:
     * {@code count} buildings (their bounding-box centre lies in the cell), the most common
     * {@code status}, the most severe {@code judgement}, the worst {@code grade}, and
     * {@code overdue} when any of them is.
     */
    AGGREGATED("aggregated");

    public static final int FULL_FROM_ZOOM = 16;
    /** Side of an aggregation cell in tile units: 64 cells a side, 4 pixels of a 256-pixel tile. */
    public static final int CELL = 64;

    private final String code;

    Detail(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Detail at(int zoom) {
        return zoom >= FULL_FROM_ZOOM ? FULL : AGGREGATED;
    }
}
