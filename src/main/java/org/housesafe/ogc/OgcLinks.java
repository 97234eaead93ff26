package org.housesafe.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.housesafe.building.FeaturePage;
import org.housesafe.platform.web.ClientInfo;

/**
 * Absolute links of the OGC resources, as clients that follow them (GDAL, QGIS) need: the
 * scheme as the client used it (behind a trusted proxy, as it says), the host it asked for.
 */
final class OgcLinks {
    static final String JSON = "application/json";
    static final String GEOJSON = "application/geo+json";
    static final String HTML = "text/html";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final String SCHEMA = "application/schema+json";

    private final ClientInfo client;

    OgcLinks(ClientInfo client) {
        this.client = client;
    }

    /** {@code https://host:port} of this request. */
    String base(Context ctx) {
        String host = ctx.header("Host");
        return (client.secure(ctx) ? "https://" : "http://") + (host == null ? ctx.host() : host);
    }

    /** The request's URL with {@code replace}'s parameters set (a {@code null} value drops one). */
    String here(Context ctx, Map<String, String> replace) {
        return base(ctx) + FeaturePage.hrefWith(ctx, replace);
    }

    /** The request's URL in format {@code f}. */
    String here(Context ctx, Format f) {
        return here(ctx, Map.of("f", f.param()));
    }

    /** {@code path} of this service with {@code ?f=...}. */
    String to(Context ctx, String path, Format f) {
        return base(ctx) + path + "?f=" + f.param();
    }

    /** Parameters to set: cursor and format, dropping the other cursor. */
    static Map<String, String> page(String cursor, String id, Format f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("after", null);
        m.put("before", null);
        m.put("f", f.param());
        if (cursor != null) {
            m.put(cursor, id);
        }
        return m;
    }

    static void add(ArrayNode links, String rel, String type, String title, String href) {
        ObjectNode link = links.addObject();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
    }

    /** self and alternate (the other format) for a resource answered in {@code f}. */
    void selfAndAlternate(ArrayNode links, Context ctx, Format f, String jsonType, String title) {
        Format other = f == Format.JSON ? Format.HTML : Format.JSON;
        add(links, "self", f == Format.JSON ? jsonType : HTML, title, here(ctx, f));
        add(links, "alternate", other == Format.JSON ? jsonType : HTML, title + (other == Format.HTML ? " (HTML)" : " (JSON)"),
                here(ctx, other));
    }
}
