package org.housesafe.platform.geo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.Orientation;

/**
 * Writes footprints as RFC 7946 geometry straight into a streaming generator: no {@code crs}
 * member, exterior rings counter-clockwise and holes clockwise, at most 7 decimals (about 1 cm),
 * so the same geometry always gives the same bytes.
 */
public final class GeoJsonGeometryWriter {

    /** Decimals kept for lon/lat: 1e-7 degrees is about 1 cm. */
    public static final int DECIMALS = 7;

    private GeoJsonGeometryWriter() {
    }

    /** Writes {@code geometry} (Polygon or MultiPolygon) as the current JSON value. */
    public static void write(JsonGenerator json, Geometry geometry) throws IOException {
        if (geometry instanceof Polygon polygon) {
            json.writeStartObject();
            json.writeStringField("type", "Polygon");
            json.writeFieldName("coordinates");
            writePolygon(json, polygon);
            json.writeEndObject();
        } else if (geometry instanceof MultiPolygon multi) {
            json.writeStartObject();
            json.writeStringField("type", "MultiPolygon");
            json.writeFieldName("coordinates");
            json.writeStartArray();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                writePolygon(json, (Polygon) multi.getGeometryN(i));
            }
            json.writeEndArray();
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("only polygons are written, got " + geometry.getGeometryType());
        }
    }

    private static void writePolygon(JsonGenerator json, Polygon polygon) throws IOException {
        json.writeStartArray();
        writeRing(json, polygon.getExteriorRing(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(json, polygon.getInteriorRingN(i), false);
        }
        json.writeEndArray();
    }

    private static void writeRing(JsonGenerator json, LineString ring, boolean counterClockwise) throws IOException {
        Coordinate[] coords = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(coords) != counterClockwise;
        json.writeStartArray();
        for (int i = 0; i < coords.length; i++) {
            Coordinate c = coords[reverse ? coords.length - 1 - i : i];
            json.writeStartArray();
            writeNumber(json, c.x);
            writeNumber(json, c.y);
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void writeNumber(JsonGenerator json, double value) throws IOException {
        json.writeNumber(BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
    }
}
