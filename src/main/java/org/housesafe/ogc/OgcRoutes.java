package org.housesafe.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Caller;
import org.housesafe.account.Role;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.building.BuildingService;
import org.housesafe.config.Extent;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.ClientInfo;

/**
 * OGC API – Features Parts 1 and 2 under {@code /ogc}: landing page, conformance, collections
 * (buildings, streets, communities), queryables, items and single features, each as JSON and as
 * HTML. Readable by every role with the /api's authentication; street scopes and owner masking
 * as the building list applies them. The OpenAPI document at {@code /ogc/api} is served elsewhere.
 */
public final class OgcRoutes {
    private static final String TRS = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";
    private static final Set<String> FORMAT_ONLY = Set.of("f");
    private static final Set<String> ITEM = Set.of("f", "crs");

    private final OgcLinks links;
    private final Extent extent;
    private final int maxLimit;
    private final BuildingItems buildings;
    private final UnitItems units;
    private final TemporalExtent temporal;

    /**
     * @param maxLimit the largest {@code limit} (10,000 by default)
     */
    public OgcRoutes(Database db, BuildingService service, AdminUnitStore unitStore, Extent extent, int maxLimit,
                     ClientInfo client) {
        this.links = new OgcLinks(client);
        this.extent = extent;
        this.maxLimit = maxLimit;
        this.buildings = new BuildingItems(service, links);
        this.units = new UnitItems(unitStore, links);
        this.temporal = new TemporalExtent(db);
    }

    public void register(JavalinConfig config) {
        config.routes.get("/ogc", this::landing, Role.ANY);
        config.routes.get("/ogc/conformance", this::conformance, Role.ANY);
        config.routes.get("/ogc/collections", this::collections, Role.ANY);
        config.routes.get("/ogc/collections/{collectionId}", this::collection, Role.ANY);
        config.routes.get("/ogc/collections/{collectionId}/queryables", this::queryables, Role.ANY);
        config.routes.get("/ogc/collections/{collectionId}/items", this::items, Role.ANY);
        config.routes.get("/ogc/collections/{collectionId}/items/{featureId}", this::item, Role.ANY);
    }

    private void landing(Context ctx) throws IOException {
        Format f = format(ctx, FORMAT_ONLY);
        ObjectNode body = Answer.MAPPER.createObjectNode()
                .put("title", "房屋安全排查整治一张图 HouseSafe OGC API – Features")
                .put("description", "Surveyed buildings with their safety lifecycle, and the streets and communities they lie in");
        ArrayNode out = body.putArray("links");
        links.selfAndAlternate(out, ctx, f, OgcLinks.JSON, "this document");
        OgcLinks.add(out, "service-desc", OgcLinks.OPENAPI, "the API definition (OpenAPI 3.0)", links.base(ctx) + "/ogc/api");
        OgcLinks.add(out, "service-doc", OgcLinks.HTML, "the API documentation", links.to(ctx, "/ogc/api", Format.HTML));
        for (String rel : List.of("conformance", "http://www.opengis.net/def/rel/ogc/1.0/conformance")) {
            OgcLinks.add(out, rel, OgcLinks.JSON, "conformance classes", links.to(ctx, "/ogc/conformance", Format.JSON));
        }
        for (String rel : List.of("data", "http://www.opengis.net/def/rel/ogc/1.0/data")) {
            OgcLinks.add(out, rel, OgcLinks.JSON, "collections", links.to(ctx, "/ogc/collections", Format.JSON));
        }
        Answer.send(ctx, f, OgcLinks.JSON, "OGC API – Features", body);
    }

    private void conformance(Context ctx) throws IOException {
        Format f = format(ctx, FORMAT_ONLY);
        ObjectNode body = Answer.MAPPER.createObjectNode();
        ArrayNode classes = body.putArray("conformsTo");
        Conformance.CLASSES.forEach(classes::add);
        Answer.send(ctx, f, OgcLinks.JSON, "Conformance", body);
    }

    private void collections(Context ctx) throws IOException {
        Format f = format(ctx, FORMAT_ONLY);
        Caller caller = AccessControl.caller(ctx);
        ObjectNode body = Answer.MAPPER.createObjectNode();
        ArrayNode out = body.putArray("links");
        links.selfAndAlternate(out, ctx, f, OgcLinks.JSON, "collections");
        ArrayNode list = body.putArray("collections");
        for (OgcCollection c : OgcCollection.values()) {
            list.add(describe(ctx, c, caller));
        }
        ArrayNode crs = body.putArray("crs");
        OgcCrs.uris().forEach(crs::add);
        Answer.send(ctx, f, OgcLinks.JSON, "Collections", body);
    }

    private void collection(Context ctx) throws IOException {
        Format f = format(ctx, FORMAT_ONLY);
        OgcCollection c = OgcCollection.of(ctx.pathParam("collectionId"));
        ObjectNode body = describe(ctx, c, AccessControl.caller(ctx));
        Answer.send(ctx, f, OgcLinks.JSON, c.title(), body);
    }

    /** A collection's description: extents, CRSs and links (the same in /collections and /collections/{id}). */
    private ObjectNode describe(Context ctx, OgcCollection c, Caller caller) {
        String path = "/ogc/collections/" + c.id();
        ObjectNode d = Answer.MAPPER.createObjectNode().put("id", c.id()).put("title", c.title())
                .put("description", c.description()).put("itemType", "feature");
        ObjectNode ext = d.putObject("extent");
        ObjectNode spatial = ext.putObject("spatial");
        spatial.putArray("bbox").addArray().add(extent.minLon()).add(extent.minLat()).add(extent.maxLon()).add(extent.maxLat());
        spatial.put("crs", OgcCrs.CRS84.uri());
        ObjectNode time = ext.putObject("temporal");
        ArrayNode interval = time.putArray("interval").addArray();
        Instant start = c == OgcCollection.BUILDINGS ? temporal.start(caller.scope()) : null;
        if (start == null) {
            interval.addNull();
        } else {
            interval.add(start.toString());
        }
        interval.addNull();   // open: buildings keep changing
        time.put("trs", TRS);
        ArrayNode crs = d.putArray("crs");
        OgcCrs.uris().forEach(crs::add);
        d.put("storageCrs", OgcCrs.CRS84.uri());
        ArrayNode out = d.putArray("links");
        OgcLinks.add(out, "self", OgcLinks.JSON, c.title(), links.to(ctx, path, Format.JSON));
        OgcLinks.add(out, "alternate", OgcLinks.HTML, c.title() + " (HTML)", links.to(ctx, path, Format.HTML));
        OgcLinks.add(out, "items", OgcLinks.GEOJSON, c.title() + " items", links.to(ctx, path + "/items", Format.JSON));
        OgcLinks.add(out, "items", OgcLinks.HTML, c.title() + " items (HTML)", links.to(ctx, path + "/items", Format.HTML));
        OgcLinks.add(out, "http://www.opengis.net/def/rel/ogc/1.0/queryables", OgcLinks.SCHEMA, "queryables",
                links.base(ctx) + path + "/queryables");
        return d;
    }

    private void queryables(Context ctx) throws IOException {
        Format f = format(ctx, FORMAT_ONLY);
        OgcCollection c = OgcCollection.of(ctx.pathParam("collectionId"));
        ObjectNode body = QueryablesSchema.of(c, links.base(ctx) + ctx.path());
        Answer.send(ctx, f, OgcLinks.SCHEMA, c.title() + " queryables", body);
    }

    private void items(Context ctx) throws IOException {
        OgcCollection c = OgcCollection.of(ctx.pathParam("collectionId"));
        Format f = Format.of(ctx);
        ItemsRequest r = ItemsRequest.parse(ctx.queryParamMap(), c == OgcCollection.BUILDINGS, maxLimit);
        Caller caller = AccessControl.caller(ctx);
        if (c == OgcCollection.BUILDINGS) {
            buildings.page(ctx, r, f, caller);
        } else {
            units.page(ctx, c, r, f, caller);
        }
    }

    private void item(Context ctx) throws IOException {
        OgcCollection c = OgcCollection.of(ctx.pathParam("collectionId"));
        Format f = format(ctx, ITEM);
        OgcCrs crs = OgcCrs.parse(ctx.queryParam("crs"), "crs");
        Caller caller = AccessControl.caller(ctx);
        if (c == OgcCollection.BUILDINGS) {
            buildings.one(ctx, ctx.pathParam("featureId"), crs, f, caller);
        } else {
            units.one(ctx, c, ctx.pathParam("featureId"), crs, f, caller);
        }
    }

    /** The answer's format, after refusing any parameter but {@code known}. */
    private static Format format(Context ctx, Set<String> known) {
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!known.contains(p.getKey()) && !p.getKey().isEmpty()) {
                throw ApiException.badParameter(p.getKey(), "unknown parameter; known: " + new java.util.TreeSet<>(known));
            }
        }
        return Format.of(ctx);
    }
}
