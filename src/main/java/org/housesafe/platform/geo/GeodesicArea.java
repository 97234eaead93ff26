package org.housesafe.platform.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Area in square metres of a lon/lat polygon on the WGS84 ellipsoid (CGCS2000 differs by far
 * less than a square millimetre here), by GeographicLib: exact to the ellipsoid, not a planar
 * approximation. Holes are subtracted; parts of a MultiPolygon are added.
 */
public final class GeodesicArea {

    private GeodesicArea() {
    }

    public static double of(Geometry geometry) {
        double sum = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            sum += ring(polygon.getExteriorRing().getCoordinates());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                sum -= ring(polygon.getInteriorRingN(h).getCoordinates());
            }
        }
        return sum;
    }

    private static double ring(Coordinate[] coords) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < coords.length - 1; i++) {   // the closing point repeats the first
            area.AddPoint(coords[i].y, coords[i].x);
        }
        return Math.abs(area.Compute(false, true).area);
    }
}
