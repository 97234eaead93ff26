package org.housesafe.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate systems a GeoJSON export is offered in, all longitude-latitude in degrees. The
 * stored footprints are WGS84; CGCS2000 is declared, not transformed (the two frames agree to a
 * few centimetres); GCJ-02 is shifted by {@link Gcj02}. Every export states its choice in the
 * foreign member {@value #MEMBER} and in its file name ({@link #fileTag()}); CGCS2000, which GIS
 * tools would otherwise take for RFC 7946's WGS 84, also in the GeoJSON 2008 {@code crs} member
 * that GDAL and QGIS read ({@link #declaresToGis()}).
 */
enum ExportCrs {
    WGS84("EPSG:4326", "WGS 84",
            "RFC 7946 default: WGS 84 longitude, latitude", "WGS84", "WGS84"),
    CGCS2000("EPSG:4490", "CGCS2000",
            "CGCS2000 longitude, latitude; coordinates as stored: CGCS2000 and WGS 84 differ by a few centimetres",
            "CGCS2000", "CGCS2000"),
    GCJ02("GCJ-02", "GCJ-02",
            "仅供在高德、腾讯等中国网页地图上显示，不得用于测量、GIS 分析或再导入。For display on Chinese web maps "
                    + "(Gaode/Tencent) only: shifted to GCJ-02 by the public formula (about 1-2 m from the official "
                    + "offset); not for measurement, GIS analysis or re-import",
            "GCJ02-仅供网页地图显示", "GCJ02-web-map-display-only");

    /** The foreign member naming the coordinate system. */
    static final String MEMBER = "coordinateSystem";

    private final String id;
    private final String title;
    private final String note;
    private final String fileTag;
    private final String asciiFileTag;

    ExportCrs(String id, String title, String note, String fileTag, String asciiFileTag) {
        this.id = id;
        this.title = title;
        this.note = note;
        this.fileTag = fileTag;
        this.asciiFileTag = asciiFileTag;
    }

    /** What the Chinese file name says of the coordinates, e.g. {@code CGCS2000} or {@code GCJ02-仅供网页地图显示}. */
    String fileTag() {
        return fileTag;
    }

    /** {@link #fileTag()} in ASCII, for the plain file name. */
    String asciiFileTag() {
        return asciiFileTag;
    }

    /**
     * Whether a GeoJSON collection declares this system in a {@code crs} member: only CGCS2000,
     * which has an EPSG code GIS tools know and differs from RFC 7946's default. GCJ-02 has no such
     * code; it says what it is in {@value #MEMBER} and its file name.
     */
    boolean declaresToGis() {
        return this == CGCS2000;
    }

    /** Whether an RFC 8142 text sequence can carry it: it has no {@code crs} member, so not CGCS2000. */
    boolean fitsSequence() {
        return !declaresToGis();
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
        return this == GCJ02 ? ((org.housesafe.platform.geo.PointMap) Gcj02::fromWgs84).apply(wgs84) : wgs84;
    }

    /**
     * Writes the GeoJSON 2008 {@code crs} member when {@link #declaresToGis()}
     * ({@code urn:ogc:def:crs:EPSG::4490}, read by GDAL in longitude, latitude order), then
     * {@value #MEMBER}: {@code {"id", "name", "note"}}.
     */
    void writeMember(JsonGenerator json) throws IOException {
        if (declaresToGis()) {
            json.writeObjectFieldStart("crs");
            json.writeStringField("type", "name");
            json.writeObjectFieldStart("properties");
            json.writeStringField("name", "urn:ogc:def:crs:EPSG::" + id.substring("EPSG:".length()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeObjectFieldStart(MEMBER);
        json.writeStringField("id", id);
        json.writeStringField("name", title);
        json.writeStringField("note", note);
        json.writeEndObject();
    }
}
