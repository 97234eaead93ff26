package org.housesafe.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A metric plane about the demo zone (equirectangular, scale true at its centre) for laying out
 * lots in metres, and the 7-decimal grid that the GeoJSON writer rounds to. Over the 15 km of
 * the zone the plane's scale error stays under 0.1 %, far inside the area margins used here.
 */
final class LocalFrame {
    static final double LON0 = 112.56;
    static final double LAT0 = 26.89;
    static final GeometryFactory FACTORY = new GeometryFactory();

    /** WGS84 semi-major axis and first eccentricity squared. */
    private static final double A = 6378137.0;
    private static final double E2 = 6.69437999014e-3;

    /** Metres per degree of longitude and of latitude at the frame's centre. */
    private static final double KX;
    private static final double KY;

    static {
        // StrictMath, not Math: the committed files must not depend on the platform's intrinsics
        double phi = StrictMath.toRadians(LAT0);
        double s = StrictMath.sin(phi);
        double w = 1 - E2 * s * s;
        double n = A / StrictMath.sqrt(w);
        double m = A * (1 - E2) / (w * StrictMath.sqrt(w));
        KX = StrictMath.toRadians(1) * n * StrictMath.cos(phi);
        KY = StrictMath.toRadians(1) * m;
    }

    private LocalFrame() {
    }

    static Coordinate toMetres(Coordinate lonLat) {
        return new Coordinate((lonLat.x - LON0) * KX, (lonLat.y - LAT0) * KY);
    }

    /** Lon/lat of a metric point, already on the 7-decimal grid. */
    static Coordinate toLonLat(Coordinate xy) {
        return new Coordinate(round(LON0 + xy.x / KX), round(LAT0 + xy.y / KY));
    }

    static Polygon toMetres(Polygon lonLat) {
        return polygon(lonLat, true);
    }

    /** The lon/lat polygon of a metric one, rounded exactly as it will be written. */
    static Polygon toLonLat(Polygon xy) {
        return polygon(xy, false);
    }

    private static Polygon polygon(Polygon p, boolean toMetres) {
        Coordinate[] in = p.getExteriorRing().getCoordinates();
        Coordinate[] out = new Coordinate[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = toMetres ? toMetres(in[i]) : toLonLat(in[i]);
        }
        return FACTORY.createPolygon(out);
    }

    /** Distance in metres between two lon/lat points, for placement rules (not for reporting). */
    static double metres(Coordinate a, Coordinate b) {
        return toMetres(a).distance(toMetres(b));
    }

    /**
     * {@code value} on the grid of {@link GeoJsonGeometryWriter#DECIMALS} decimals, rounded the
     * way the writer rounds, so that checks made here hold for the bytes written.
     */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(GeoJsonGeometryWriter.DECIMALS, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
