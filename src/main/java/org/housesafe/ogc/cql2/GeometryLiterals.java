package org.housesafe.ogc.cql2;

import java.util.List;
import org.housesafe.platform.geo.Wkb;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Builds the geometry literals of one filter (WKT in text, GeoJSON in JSON) as lon/lat JTS
 * geometries: swaps the axes when the filter's CRS is EPSG:4326 (latitude first), counts the
 * vertices against the filter's budget, and refuses coordinates outside lon/lat range and
 * invalid geometries (which the databases' predicates would otherwise fail on, or answer wrongly).
 */
final class GeometryLiterals {
    private final boolean latitudeFirst;
    private int budget;

    GeometryLiterals(boolean latitudeFirst, int maxVertices) {
        this.latitudeFirst = latitudeFirst;
        this.budget = maxVertices;
    }

    /** One position, as written (x y, or lat lon in EPSG:4326). */
    Coordinate coordinate(double first, double second) {
        if (--budget < 0) {
            throw Cql2.error("the geometries have more than " + Cql2.MAX_VERTICES + " vertices");
        }
        double lon = latitudeFirst ? second : first;
        double lat = latitudeFirst ? first : second;
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw Cql2.error("the position (" + first + " " + second + ") is outside longitude −180…180, latitude −90…90"
                    + (latitudeFirst ? " (filter-crs EPSG:4326 puts latitude first)" : ""));
        }
        return new Coordinate(lon, lat);
    }

    Point point(Coordinate c) {
        return Wkb.FACTORY.createPoint(c);
    }

    LineString lineString(List<Coordinate> points) {
        if (points.size() < 2) {
            throw Cql2.error("a line string needs at least 2 positions");
        }
        return Wkb.FACTORY.createLineString(points.toArray(Coordinate[]::new));
    }

    Polygon polygon(List<List<Coordinate>> rings) {
        if (rings.isEmpty()) {
            throw Cql2.error("a polygon needs an outer ring");
        }
        LinearRing[] all = rings.stream().map(this::ring).toArray(LinearRing[]::new);
        return Wkb.FACTORY.createPolygon(all[0], java.util.Arrays.copyOfRange(all, 1, all.length));
    }

    private LinearRing ring(List<Coordinate> points) {
        if (points.size() < 4 || !points.get(0).equals2D(points.get(points.size() - 1))) {
            throw Cql2.error("a polygon ring needs at least 4 positions, the last equal to the first");
        }
        return Wkb.FACTORY.createLinearRing(points.toArray(Coordinate[]::new));
    }

    Geometry multiPoint(List<Point> points) {
        return Wkb.FACTORY.createMultiPoint(points.toArray(Point[]::new));
    }

    Geometry multiLineString(List<LineString> lines) {
        return Wkb.FACTORY.createMultiLineString(lines.toArray(LineString[]::new));
    }

    Geometry multiPolygon(List<Polygon> polygons) {
        return Wkb.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    Geometry collection(List<Geometry> parts) {
        return Wkb.FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
    }

    /** {@code BBOX(minx, miny, maxx, maxy)}, or six numbers with heights, as a rectangle. */
    Geometry bbox(List<Double> numbers) {
        if (numbers.size() != 4 && numbers.size() != 6) {
            throw Cql2.error("a bbox needs 4 numbers (or 6 with heights), got " + numbers.size());
        }
        int half = numbers.size() / 2;
        Coordinate min = coordinate(numbers.get(0), numbers.get(1));
        Coordinate max = coordinate(numbers.get(half), numbers.get(half + 1));
        if (min.x > max.x || min.y > max.y) {
            throw Cql2.error("a bbox's minimum must not exceed its maximum (boxes across the antimeridian are not supported)");
        }
        return Wkb.FACTORY.toGeometry(new Envelope(min.x, max.x, min.y, max.y));
    }

    /** The finished literal, or a 400 naming what makes it invalid and where. */
    Expr.GeometryValue checked(Geometry g) {
        if (g.isEmpty()) {
            throw Cql2.error("a geometry needs at least one position");
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw Cql2.error("invalid geometry: " + error.getMessage()
                    + (at == null ? "" : " at (" + at.x + " " + at.y + ")"));
        }
        return new Expr.GeometryValue(g);
    }
}
