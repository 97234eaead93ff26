package org.housesafe.building;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.Caller;

/**
 * One page of a building list as a GeoJSON FeatureCollection, written while the rows stream in.
 * The store returns one row more than asked: if it comes, there is a next page, linked by the
 * last written id (keyset paging: no duplicates or gaps while rows are added). With
 * {@code detail=full} each building is written as {@code reader} may see it in full.
 */
public final class FeaturePage {
    private final Context ctx;
    private final BuildingQuery query;
    private final long matched;
    private final java.time.LocalDate today;
    private final Caller reader;

    FeaturePage(Context ctx, BuildingQuery query, long matched, java.time.LocalDate today, Caller reader) {
        this.ctx = ctx;
        this.reader = reader;
        this.today = today;
        this.query = query;
        this.matched = matched;
    }

    void write(JsonGenerator json, BuildingStore store) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeNumberField("numberMatched", matched);
        json.writeArrayFieldStart("features");
        int[] written = {0};
        UUID[] last = {null};
        boolean[] more = {false};
        store.page(query, b -> {
            if (written[0] == query.limit()) {
                more[0] = true;
                return;
            }
            if (query.full()) {
                BuildingJson.writeFull(json, b, reader, today);
            } else {
                BuildingJson.writeSummary(json, b, today);
            }
            written[0]++;
            last[0] = b.id();
        });
        json.writeEndArray();
        json.writeNumberField("numberReturned", written[0]);
        json.writeArrayFieldStart("links");
        link(json, "self", pageHref(ctx, null), BuildingRoutes.GEOJSON);
        if (more[0]) {
            link(json, "next", pageHref(ctx, last[0].toString()), BuildingRoutes.GEOJSON);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    public static void link(JsonGenerator json, String rel, String href, String type) throws IOException {
        json.writeStartObject();
        json.writeStringField("rel", rel);
        json.writeStringField("href", href);
        json.writeStringField("type", type);
        json.writeEndObject();
    }

    /** The request's path and parameters with {@code after} replaced; {@code null} keeps the original. */
    static String pageHref(Context ctx, String after) {
        return hrefWith(ctx, after == null ? Map.of() : Map.of("after", after));
    }

    /**
     * The request's path and parameters with those named in {@code replace} set to its values
     * (after the others; a {@code null} value drops the parameter).
     */
    public static String hrefWith(Context ctx, Map<String, String> replace) {
        StringBuilder href = new StringBuilder(ctx.path());
        char sep = '?';
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (replace.containsKey(p.getKey())) {
                continue;
            }
            for (String v : p.getValue()) {
                href.append(sep).append(encode(p.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        for (Map.Entry<String, String> p : replace.entrySet()) {
            if (p.getValue() != null) {
                href.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
                sep = '&';
            }
        }
        return href.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
