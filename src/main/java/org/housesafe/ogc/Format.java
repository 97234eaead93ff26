package org.housesafe.ogc;

import io.javalin.http.Context;
import org.housesafe.platform.web.ApiException;

/**
 * The two encodings of every OGC resource: JSON (GeoJSON for features) and a plain HTML page.
 * {@code f=json|html} decides; without it, a client that accepts {@code text/html} (a browser)
 * gets HTML, any other JSON.
 */
enum Format {
    JSON, HTML;

    static Format of(Context ctx) {
        String f = ctx.queryParam("f");
        if (f != null) {
            return switch (f) {
                case "json", "geojson" -> JSON;
                case "html" -> HTML;
                default -> throw ApiException.badParameter("f", "must be json or html");
            };
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html") ? HTML : JSON;
    }

    /** The {@code f} value that asks for this format. */
    String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
