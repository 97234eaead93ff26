package org.housesafe.platform.geo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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
    private static final long SCALE = 10_000_000L;

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
        json.writeNumber(fixed(value));
    }

    /**
     * {@code value} rounded to {@value #DECIMALS} decimals, without trailing zeros or an exponent
     * ({@code 112.5}, {@code 26}, {@code -0.0000001}). In long arithmetic, not BigDecimal: an
     * export of 1,000,000 footprints writes some 25 million numbers. Good for |value| below 9e11,
     * far beyond any longitude or latitude.
     */
    static String fixed(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a coordinate: " + value);
        }
        long units = Math.round(Math.abs(value) * SCALE);
        StringBuilder s = new StringBuilder(20);
        if (value < 0 && units != 0) {
            s.append('-');
        }
        s.append(units / SCALE);
        long fraction = units % SCALE;
        if (fraction != 0) {
            int digits = DECIMALS;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String f = Long.toString(fraction);
            s.append('.').append("0".repeat(digits - f.length())).append(f);
        }
        return s.toString();
    }
}
