package org.housesafe.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.housesafe.account.Caller;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Geometry;

/**
 * Streets and communities as OGC features (code, name, parent), paged by code. A district has a
 * few hundred of them at most: they are read whole and paged in memory.
 */
final class UnitItems {
    private final AdminUnitStore store;
    private final OgcLinks links;

    UnitItems(AdminUnitStore store, OgcLinks links) {
        this.store = store;
        this.links = links;
    }

    void page(Context ctx, OgcCollection c, ItemsRequest r, Format f, Caller caller) throws IOException {
        List<AdminUnit> matched = new ArrayList<>();
        store.list(c.level(), caller.scope(), u -> {
            if (r.bbox() == null || u.boundary().getEnvelopeInternal().intersects(r.bbox())
                    && u.boundary().intersects(u.boundary().getFactory().toGeometry(r.bbox()))) {
                matched.add(u);
            }
        });
        int from = 0;
        int to = matched.size();
        if (r.after() != null) {
            from = (int) matched.stream().filter(u -> u.code().compareTo(r.after()) <= 0).count();
            to = Math.min(to, from + r.limit());
        } else if (r.before() != null) {
            to = (int) matched.stream().filter(u -> u.code().compareTo(r.before()) < 0).count();
            from = Math.max(0, to - r.limit());
        } else {
            to = Math.min(to, r.limit());
        }
        List<AdminUnit> page = matched.subList(from, to);
        ObjectNode body = Answer.MAPPER.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = body.putArray("features");
        for (AdminUnit u : page) {
            features.add(feature(u, r.crs()));
        }
        body.put("numberMatched", matched.size()).put("numberReturned", page.size())
                .put("timeStamp", Instant.now().toString());
        ArrayNode out = body.putArray("links");
        links.selfAndAlternate(out, ctx, f, OgcLinks.GEOJSON, c.title());
        if (to < matched.size() && !page.isEmpty()) {
            OgcLinks.add(out, "next", type(f), "next page", links.here(ctx, OgcLinks.page("after", page.get(page.size() - 1).code(), f)));
        }
        if (from > 0 && !page.isEmpty()) {
            OgcLinks.add(out, "prev", type(f), "previous page", links.here(ctx, OgcLinks.page("before", page.get(0).code(), f)));
        }
        OgcLinks.add(out, "collection", OgcLinks.JSON, c.title(), links.to(ctx, "/ogc/collections/" + c.id(), Format.JSON));
        ctx.header("Content-Crs", r.crs().header());
        Answer.send(ctx, f, OgcLinks.GEOJSON, c.title(), body);
    }

    void one(Context ctx, OgcCollection c, String code, OgcCrs crs, Format f, Caller caller) throws IOException {
        List<AdminUnit> found = new ArrayList<>();
        store.list(c.level(), caller.scope(), u -> {
            if (u.code().equals(code)) {
                found.add(u);
            }
        });
        if (found.isEmpty()) {
            throw ApiException.notFound("no " + c.id() + " feature " + (code.length() > 40 ? code.substring(0, 40) : code));
        }
        ObjectNode feature = feature(found.get(0), crs);
        ArrayNode out = feature.putArray("links");
        links.selfAndAlternate(out, ctx, f, OgcLinks.GEOJSON, found.get(0).name());
        OgcLinks.add(out, "collection", OgcLinks.JSON, c.title(), links.to(ctx, "/ogc/collections/" + c.id(), Format.JSON));
        ctx.header("Content-Crs", crs.header());
        Answer.send(ctx, f, OgcLinks.GEOJSON, found.get(0).name(), feature);
    }

    private static String type(Format f) {
        return f == Format.JSON ? OgcLinks.GEOJSON : OgcLinks.HTML;
    }

    private static ObjectNode feature(AdminUnit u, OgcCrs crs) throws IOException {
        ObjectNode f = Answer.MAPPER.createObjectNode().put("type", "Feature").put("id", u.code());
        f.set("geometry", geometry(crs.fromStorage(u.boundary())));
        f.putObject("properties").put("code", u.code()).put("name", u.name()).put("parentCode", u.parentCode())
                .put("synthetic", u.synthetic());
        return f;
    }

    private static com.fasterxml.jackson.databind.JsonNode geometry(Geometry g) throws IOException {
        com.fasterxml.jackson.databind.util.TokenBuffer buffer = new com.fasterxml.jackson.databind.util.TokenBuffer(
                Answer.MAPPER, false);
        GeoJsonGeometryWriter.write(buffer, g);
        return Answer.MAPPER.readTree(buffer.asParser());
    }
}
