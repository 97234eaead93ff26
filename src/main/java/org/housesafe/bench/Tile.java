package org.housesafe.bench;

import org.locationtech.jts.geom.Envelope;

/** A web-mercator tile (XYZ scheme, y down from the north), as {@code /tiles/…/{z}/{x}/{y}.mvt} names it. */
record Tile(int z, int x, int y) {

    static Tile at(double lon, double lat, int z) {
        double n = 1 << z;
        double rad = Math.toRadians(lat);
        int x = (int) Math.floor((lon + 180) / 360 * n);
        int y = (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
        return new Tile(z, x, y);
    }

    /** The tile's bounds in lon/lat. */
    Envelope lonLat() {
        return new Envelope(lon(x), lon(x + 1), lat(y + 1), lat(y));
    }

    String path() {
        return z + "/" + x + "/" + y;
    }

    private double lon(int tx) {
        return tx / (double) (1 << z) * 360 - 180;
    }

    private double lat(int ty) {
        double n = Math.PI - 2 * Math.PI * ty / (1 << z);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}
