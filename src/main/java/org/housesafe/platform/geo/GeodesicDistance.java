package org.housesafe.platform.geo;

import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Distance in metres on the WGS84 ellipsoid from a lon/lat point to a lon/lat footprint: 0 when
 * the point lies inside or on it. The footprint's nearest point is found in a plane tangent at the
 * point (metres per degree of the ellipsoid there, exact enough within a few kilometres), and the
 * distance to it is then the geodesic one (GeographicLib), so both backends agree to the
 * millimetre: nothing is asked of the database.
 */
public final class GeodesicDistance {
    private static final double A = Geodesic.WGS84.EquatorialRadius();
    private static final double F = Geodesic.WGS84.Flattening();
    private static final double E2 = F * (2 - F);

    private GeodesicDistance() {
    }

    /** Metres from ({@code lon}, {@code lat}) to the nearest point of {@code footprint}. */
    public static double toFootprint(double lon, double lat, Geometry footprint) {
        Coordinate at = new Coordinate(lon, lat);
        Geometry point = footprint.getFactory().createPoint(at);
        if (footprint.covers(point)) {
            return 0;
        }
        double phi = Math.toRadians(lat);
        double w = Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        double metresPerDegreeLat = Math.toRadians(A * (1 - E2) / (w * w * w));
        double metresPerDegreeLon = Math.toRadians(A / w * Math.cos(phi));
        AffineTransformation toPlane = AffineTransformation.translationInstance(-lon, -lat)
                .scale(metresPerDegreeLon, metresPerDegreeLat);
        Geometry plane = toPlane.transform(footprint);
        Coordinate nearest = DistanceOp.nearestPoints(plane, plane.getFactory().createPoint(new Coordinate(0, 0)))[0];
        double nearestLon = lon + nearest.x / metresPerDegreeLon;
        double nearestLat = lat + nearest.y / metresPerDegreeLat;
        return Geodesic.WGS84.Inverse(lat, lon, nearestLat, nearestLon).s12;
    }
}
