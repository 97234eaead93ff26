package org.housesafe.ogc;

import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Envelope;

/**
 * The {@code bbox} parameter: four numbers (lower corner, upper corner) or six (with heights,
 * which footprints do not have and are ignored), in the axis order of {@code bbox-crs}.
 */
final class Bbox {
    private Bbox() {
    }

    /** The box in CRS84, or {@code null} when absent. */
    static Envelope parse(String value, OgcCrs crs) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw bad("must be 4 numbers (lower corner, upper corner) or 6 (with heights)");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw bad("'" + (parts[i].length() > 40 ? parts[i].substring(0, 40) + "…" : parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw bad("numbers must be finite");
            }
        }
        int half = v.length / 2;
        double minX = v[0];
        double minY = v[1];
        double maxX = v[half];
        double maxY = v[half + 1];
        if (minX > maxX || minY > maxY || (half == 3 && v[2] > v[5])) {
            throw bad("the lower corner must not exceed the upper corner (a box across the antimeridian is not supported)");
        }
        Envelope box = crs.toStorage(minX, minY, maxX, maxY);
        if (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90) {
            throw bad("outside the range of " + crs.uri() + " (longitudes -180..180, latitudes -90..90)");
        }
        return box;
    }

    private static ApiException bad(String message) {
        return ApiException.badParameter("bbox", message);
    }
}
