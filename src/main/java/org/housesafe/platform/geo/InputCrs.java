package org.housesafe.platform.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import org.housesafe.platform.web.ApiException;

/**
 * The coordinate system a GeoJSON input declares, checked before any coordinate is read: footprints
 * are stored as longitude, latitude in WGS 84, so an input that says it is in anything else
 * (Web Mercator, a Gauss-Krüger zone, GCJ-02 …) is refused with a 422 naming the member rather
 * than read as WGS 84 and stored hundreds of metres, or kilometres, off.
 *
 * <p>Two members declare one: the {@code crs} member of GeoJSON 2008 (what GDAL and QGIS write,
 * on a FeatureCollection, a Feature or a geometry), and {@code coordinateSystem}, this service's
 * own export member (an object with {@code id}, or the id alone in a text sequence). Absent or
 * {@code null} means RFC 7946's WGS 84. Accepted: OGC CRS84 and EPSG:4326 in their usual
 * spellings, and EPSG:4490 (CGCS2000), whose longitudes and latitudes this service takes as WGS 84
 * ones on import and writes unchanged on export (the frames differ by centimetres).
 */
public final class InputCrs {
    private static final Set<String> ACCEPTED = Set.of("crs84", "ogc:crs84", "urn:ogc:def:crs:ogc:1.3:crs84",
            "urn:ogc:def:crs:ogc::crs84", "http://www.opengis.net/def/crs/ogc/1.3/crs84", "epsg:4326",
            "urn:ogc:def:crs:epsg::4326", "urn:ogc:def:crs:epsg:6.6:4326", "http://www.opengis.net/def/crs/epsg/0/4326",
            "epsg:4490", "urn:ogc:def:crs:epsg::4490", "http://www.opengis.net/def/crs/epsg/0/4490");
    private static final String ACCEPTED_TEXT = "WGS 84 longitude, latitude (OGC CRS84 or EPSG:4326; CGCS2000 "
            + "EPSG:4490 is read as the same numbers)";

    private InputCrs() {
    }

    /**
     * Refuses {@code owner} (a FeatureCollection, Feature or geometry object) when it declares a
     * coordinate system other than those accepted.
     *
     * @param prefix where {@code owner} sits in the request, e.g. {@code geometry}; empty at the top
     * @throws ApiException 422 {@code unsupported-crs} naming {@code prefix.crs} or {@code prefix.coordinateSystem}
     */
    public static void check(JsonNode owner, String prefix) {
        String problem = problem(owner, "crs");
        String member = "crs";
        if (problem == null) {
            problem = problem(owner, "coordinateSystem");
            member = "coordinateSystem";
        }
        if (problem != null) {
            throw ApiException.invalid("unsupported-crs", "Coordinates in another coordinate system",
                    prefix.isEmpty() ? member : prefix + "." + member, problem);
        }
    }

    /** What is wrong with the member {@code name} of {@code owner}, or {@code null} when nothing is. */
    public static String problem(JsonNode owner, String name) {
        if (owner == null || !owner.isObject()) {
            return null;
        }
        JsonNode member = owner.get(name);
        if (member == null || member.isNull()) {
            return null;
        }
        String declared = declared(member);
        if (declared != null && ACCEPTED.contains(declared.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String shown = declared == null ? member.toString() : declared;
        if (shown.length() > 80) {
            shown = shown.substring(0, 80) + "…";
        }
        return "declares '" + shown + "'; only " + ACCEPTED_TEXT + " is accepted: transform the data first "
                + "(e.g. ogr2ogr -t_srs EPSG:4326) or remove the member if the coordinates already are";
    }

    /** The declared name: {@code crs.properties.name}, {@code coordinateSystem.id}, or a bare string. */
    private static String declared(JsonNode member) {
        if (member.isTextual()) {
            return member.asText();
        }
        JsonNode name = member.path("properties").path("name");
        if (name.isTextual()) {
            return name.asText();
        }
        JsonNode id = member.path("id");
        return id.isTextual() ? id.asText() : null;
    }
}
