package org.housesafe.config;

import org.locationtech.jts.geom.Envelope;

/**
 * The lon/lat box the service accepts geometry in. Anything outside is refused: that is what
 * catches swapped lat/lon, since 26.9, 112.5 lies far outside any Chinese city's box.
 */
public record Extent(double minLon, double minLat, double maxLon, double maxLat) {

    /** Hengyang prefecture-level city with a margin. */
    public static final Extent HENGYANG = new Extent(111.5, 26.0, 113.4, 27.6);

    public Extent {
        if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 && minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("extent must be minLon,minLat,maxLon,maxLat within -180,-90,180,90");
        }
    }

    /** Parses {@code minLon,minLat,maxLon,maxLat}. */
    public static Extent parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("extent must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("extent must be four numbers: minLon,minLat,maxLon,maxLat");
            }
        }
        return new Extent(v[0], v[1], v[2], v[3]);
    }

    public boolean contains(double lon, double lat) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }

    public Envelope envelope() {
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    @Override
    public String toString() {
        return minLon + "," + minLat + "," + maxLon + "," + maxLat;
    }
}
