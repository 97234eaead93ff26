package org.housesafe.platform.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.config.Extent;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns a GeoJSON geometry (RFC 7946, lon/lat) into a footprint, or refuses it with a 422 that
 * names the error and where it is. Cheap checks run first: the shape of the JSON, the vertex
 * count, finite coordinates, the service extent; JTS validity last. Nothing is repaired. A
 * geometry that declares another coordinate system is refused ({@link InputCrs}).
 */
public final class FootprintReader {
    private static final String TYPE = "invalid-geometry";
    private static final String TITLE = "Invalid footprint geometry";

    private final Extent extent;
    private final int maxVertices;

    public FootprintReader(Extent extent, int maxVertices) {
        this.extent = extent;
        this.maxVertices = maxVertices;
    }

    /** @param field where the geometry sits in the request, for error messages */
    public Geometry read(JsonNode geometry, String field) {
        if (geometry == null || geometry.isNull() || !geometry.isObject()) {
            throw fail(field, "a GeoJSON Polygon or MultiPolygon is required");
        }
        InputCrs.check(geometry, field);
        String type = geometry.path("type").asText("");
        JsonNode coords = geometry.get("coordinates");
        if (coords == null || !coords.isArray()) {
            throw fail(field + ".coordinates", "an array of coordinates is required");
        }
        int[] budget = {maxVertices};
        Geometry result = switch (type) {
            case "Polygon" -> polygon(coords, field + ".coordinates", budget);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                for (int i = 0; i < coords.size(); i++) {
                    parts.add(polygon(coords.get(i), field + ".coordinates[" + i + "]", budget));
                }
                if (parts.isEmpty()) {
                    throw fail(field + ".coordinates", "a MultiPolygon needs at least one polygon");
                }
                yield Wkb.FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw fail(field + ".type", "must be Polygon or MultiPolygon, got '" + truncate(type) + "'");
        };
        checkValid(result, field);
        return result;
    }

    private Polygon polygon(JsonNode rings, String field, int[] budget) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw fail(field, "a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0), field + "[0]", budget);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), field + "[" + i + "]", budget);
        }
        return Wkb.FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions, String field, int[] budget) {
        if (!positions.isArray()) {
            throw fail(field, "a ring is an array of positions");
        }
        budget[0] -= positions.size();
        if (budget[0] < 0) {
            throw fail(field, "too many vertices: at most " + maxVertices + " per footprint");
        }
        if (positions.size() < 4) {
            throw fail(field, "a ring needs at least 4 positions, got " + positions.size());
        }
        Coordinate[] coords = new Coordinate[positions.size()];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = position(positions.get(i), field + "[" + i + "]");
        }
        if (!coords[0].equals2D(coords[coords.length - 1])) {
            throw fail(field, "the ring is not closed: its last position must repeat the first");
        }
        return Wkb.FACTORY.createLinearRing(coords);
    }

    private Coordinate position(JsonNode p, String field) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw fail(field, "a position is [longitude, latitude]");
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw fail(field, "coordinates must be finite numbers");
        }
        if (!extent.contains(lon, lat)) {
            String hint = extent.contains(lat, lon) ? " (latitude and longitude look swapped: GeoJSON is [lon, lat])" : "";
            throw fail(field, "position " + lon + ", " + lat + " is outside the service extent " + extent + hint);
        }
        return new Coordinate(lon, lat);
    }

    private static void checkValid(Geometry geometry, String field) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            String where = at == null ? "" : " at " + at.x + ", " + at.y;
            throw fail(field, error.getMessage() + where);
        }
    }

    private static ApiException fail(String field, String message) {
        return ApiException.invalid(TYPE, TITLE, field, message);
    }

    private static String truncate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
