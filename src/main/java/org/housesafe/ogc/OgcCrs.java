package org.housesafe.ogc;

import java.util.Arrays;
import java.util.List;
import org.housesafe.platform.geo.PointMap;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate reference systems of OGC API Features Part 2 that every collection offers for
 * {@code crs} and {@code bbox-crs}. Footprints are stored as CRS84 (WGS 84 longitude, latitude);
 * the others are computed on the way out (and a {@code bbox} on the way in). EPSG:4326 and
 * EPSG:4490 put latitude first, as their EPSG definitions do.
 *
 * <p>EPSG:4490 (CGCS2000) is declared, not transformed: CGCS2000 and WGS 84 (as realised today)
 * agree to a few centimetres, well below a footprint's survey precision, so the stored numbers
 * are valid CGCS2000 coordinates too (as the GeoJSON export's CGCS2000 says, {@code ExportCrs}).
 */
public enum OgcCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", (x, y) -> new double[] {x, y}, (x, y) -> new double[] {x, y}),
    WGS84_LAT_LON("http://www.opengis.net/def/crs/EPSG/0/4326", OgcCrs::swap, OgcCrs::swap),
    CGCS2000("http://www.opengis.net/def/crs/EPSG/0/4490", OgcCrs::swap, OgcCrs::swap),
    WEB_MERCATOR("http://www.opengis.net/def/crs/EPSG/0/3857", OgcCrs::mercator, OgcCrs::inverseMercator);

    /** The sphere of EPSG:3857, in metres. */
    private static final double RADIUS = 6_378_137.0;
    /** Latitudes beyond this have no Web Mercator y (the projection's own limit). */
    private static final double MAX_MERCATOR_LAT = 85.05112878;

    private final String uri;
    private final PointMap fromStorage;
    private final PointMap toStorage;

    OgcCrs(String uri, PointMap fromStorage, PointMap toStorage) {
        this.uri = uri;
        this.fromStorage = fromStorage;
        this.toStorage = toStorage;
    }

    public String uri() {
        return uri;
    }

    /** The {@code Content-Crs} header's value. */
    public String header() {
        return "<" + uri + ">";
    }

    public static List<String> uris() {
        return Arrays.stream(values()).map(OgcCrs::uri).toList();
    }

    /**
     * The CRS a parameter names by its URI (also the {@code EPSG:n} and {@code [OGC:CRS84]} short
     * forms); absent means CRS84.
     *
     * @throws ApiException 400 naming {@code parameter} and listing the offered URIs
     */
    public static OgcCrs parse(String value, String parameter) {
        if (value == null) {
            return CRS84;
        }
        String v = value.trim();
        for (OgcCrs crs : values()) {
            String code = crs.uri.substring(crs.uri.lastIndexOf('/') + 1);
            String shortForm = crs == CRS84 ? "OGC:CRS84" : "EPSG:" + code;
            if (v.equals(crs.uri) || v.equalsIgnoreCase(shortForm) || v.equalsIgnoreCase("[" + shortForm + "]")) {
                return crs;
            }
        }
        throw ApiException.badParameter(parameter, "unsupported CRS; supported: " + uris());
    }

    /** A stored (CRS84) geometry in this CRS: the same object for CRS84. */
    public Geometry fromStorage(Geometry crs84) {
        return this == CRS84 ? crs84 : fromStorage.apply(crs84);
    }

    /** A point of this CRS in CRS84, {@code {lon, lat}}. */
    public double[] toStorage(double x, double y) {
        return toStorage.map(x, y);
    }

    /** A box of this CRS (its own axis order, lower corner then upper corner) in CRS84. */
    public Envelope toStorage(double minX, double minY, double maxX, double maxY) {
        double[] lower = toStorage(minX, minY);
        double[] upper = toStorage(maxX, maxY);
        return new Envelope(lower[0], upper[0], lower[1], upper[1]);
    }

    private static double[] swap(double a, double b) {
        return new double[] {b, a};
    }

    private static double[] mercator(double lon, double lat) {
        double clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
        return new double[] {Math.toRadians(lon) * RADIUS,
                Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * RADIUS};
    }

    private static double[] inverseMercator(double x, double y) {
        return new double[] {Math.toDegrees(x / RADIUS), Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2)};
    }
}
