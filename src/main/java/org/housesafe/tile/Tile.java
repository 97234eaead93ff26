package org.housesafe.tile;

import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Envelope;

/**
 * One tile of the XYZ scheme over Web Mercator (EPSG:3857) that web maps, QGIS and GDAL use:
 * zoom {@code z}, column {@code x} from the west, row {@code y} from the north. Every tile has
 * {@link #EXTENT} units a side and carries {@link #BUFFER} units beyond its edges, as in
 * {@code ST_AsMVT}'s defaults.
 */
public record Tile(int z, int x, int y) {
    public static final int MAX_ZOOM = 22;
    public static final int EXTENT = 4096;
    public static final int BUFFER = 64;
    /** Web Mercator: the earth's radius in metres and half the width of the world. */
    static final double RADIUS = 6378137.0;
    static final double HALF_WORLD = Math.PI * RADIUS;
    private static final double MAX_LATITUDE = 85.0511287798066;

    public Tile {
        if (z < 0 || z > MAX_ZOOM || x < 0 || y < 0 || x >= 1L << z || y >= 1L << z) {
            throw new IllegalArgumentException("no tile " + z + "/" + x + "/" + y);
        }
    }

    /**
     * Reads the path of a tile request.
     *
     * @throws ApiException 400 naming {@code z}, {@code x} or {@code y} when it is not a whole
     *                      number in range (z 0–22; x and y 0 to 2<sup>z</sup>−1)
     */
    public static Tile parse(String z, String x, String y) {
        int zoom = number("z", z, MAX_ZOOM);
        long last = (1L << zoom) - 1;
        return new Tile(zoom, number("x", x, last), number("y", y, last));
    }

    private static int number(String name, String text, long max) {
        String message = "must be a whole number from 0 to " + max + ("z".equals(name) ? "" : " at this zoom");
        if (text == null || !text.matches("\\d{1,8}")) {
            throw ApiException.badParameter(name, message);
        }
        long v = Long.parseLong(text);
        if (v > max) {
            throw ApiException.badParameter(name, message);
        }
        return (int) v;
    }

    /** Width (and height) of this tile in Web Mercator metres. */
    double size() {
        return 2 * HALF_WORLD / (1L << z);
    }

    /** This tile's bounds in Web Mercator metres, grown by {@code units} tile units on every side. */
    Envelope mercator(double units) {
        double margin = size() * units / EXTENT;
        double minX = -HALF_WORLD + x * size();
        double maxY = HALF_WORLD - y * size();
        return new Envelope(minX - margin, minX + size() + margin, maxY - size() - margin, maxY + margin);
    }

    /** This tile's bounds in longitude and latitude, grown by {@code units} tile units on every side. */
    Envelope lonLat(double units) {
        Envelope m = mercator(units);
        return new Envelope(lon(m.getMinX()), lon(m.getMaxX()), lat(m.getMinY()), lat(m.getMaxY()));
    }

    static double mercatorX(double lon) {
        return RADIUS * Math.toRadians(lon);
    }

    static double mercatorY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        return RADIUS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2));
    }

    static double lon(double mercatorX) {
        return Math.toDegrees(mercatorX / RADIUS);
    }

    static double lat(double mercatorY) {
        return Math.toDegrees(Math.atan(Math.sinh(mercatorY / RADIUS)));
    }

    /** The column at zoom {@code z} holding Web Mercator {@code mx}, clamped to the world. */
    static int column(int z, double mx) {
        return clamp(z, Math.floor((mx + HALF_WORLD) / (2 * HALF_WORLD) * (1L << z)));
    }

    /** The row at zoom {@code z} holding Web Mercator {@code my}, clamped to the world. */
    static int row(int z, double my) {
        return clamp(z, Math.floor((HALF_WORLD - my) / (2 * HALF_WORLD) * (1L << z)));
    }

    private static int clamp(int z, double v) {
        return (int) Math.max(0, Math.min((1L << z) - 1, v));
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
