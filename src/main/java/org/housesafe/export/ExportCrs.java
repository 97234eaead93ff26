package org.housesafe.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate systems a GeoJSON export is offered in, all longitude-latitude in degrees. The
 * stored footprints are WGS84; CGCS2000 is declared, not transformed (the two frames agree to a
 * few centimetres); GCJ-02 is shifted by {@link Gcj02}. Since RFC 7946 has no {@code crs} member,
 * the choice is stated in the foreign member {@value #MEMBER}.
 */
enum ExportCrs {
    WGS84("EPSG:4326", "WGS 84",
            "RFC 7946 default: WGS 84 longitude, latitude"),
    CGCS2000("EPSG:4490", "CGCS2000",
            "CGCS2000 longitude, latitude; coordinates as stored: CGCS2000 and WGS 84 differ by a few centimetres"),
    GCJ02("GCJ-02", "GCJ-02",
            "shifted to GCJ-02 for Gaode/Tencent basemaps (public formula, about 1-2 m from the official offset); "
                    + "not for measurement or GIS analysis");

    /** The foreign member naming the coordinate system. */
    static final String MEMBER = "coordinateSystem";

    private final String id;
    private final String title;
    private final String note;

    ExportCrs(String id, String title, String note) {
        this.id = id;
        this.title = title;
        this.note = note;
    }

    String id() {
        return id;
    }

    /** The {@code crs} parameter: absent means WGS84; anything not offered is a 400 listing the offered. */
    static ExportCrs parse(String value) {
        if (value == null) {
            return WGS84;
        }
        return Arrays.stream(values()).filter(c -> c.id.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> ApiException.badParameter("crs", "not offered; use one of " + offered()));
    }

    static java.util.List<String> offered() {
        return Arrays.stream(values()).map(ExportCrs::id).toList();
    }

    /** {@code wgs84} in this system: the same object unless coordinates have to move. */
    Geometry apply(Geometry wgs84) {
        if (this != GCJ02) {
            return wgs84;
        }
        Geometry shifted = wgs84.copy();
        shifted.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] p = Gcj02.fromWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.X, p[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, p[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return shifted;
    }

    /** Writes {@value #MEMBER}: {@code {"id", "name", "note"}}. */
    void writeMember(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(MEMBER);
        json.writeStringField("id", id);
        json.writeStringField("name", title);
        json.writeStringField("note", note);
        json.writeEndObject();
    }
}
