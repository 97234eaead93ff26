package org.housesafe.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Caller;
import org.housesafe.building.Building;
import org.housesafe.building.BuildingFilter;
import org.housesafe.building.BuildingJson;
import org.housesafe.building.BuildingQuery;
import org.housesafe.building.BuildingQueryParser;
import org.housesafe.building.BuildingService;
import org.housesafe.building.FeaturePage;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.IfMatch;

/**
 * The buildings as OGC features: a page of {@code /items} (the list's summary properties, keyset
 * paging by id both ways) and one {@code /items/{featureId}} (as {@code GET /api/buildings/{id}}
 * answers it, with the same strong ETag). Scope and owner masking are the list's.
 */
final class BuildingItems {
    private final BuildingService service;
    private final OgcLinks links;

    BuildingItems(BuildingService service, OgcLinks links) {
        this.service = service;
        this.links = links;
    }

    void page(Context ctx, ItemsRequest r, Format f, Caller caller) throws IOException {
        BuildingFilter filter = new BuildingFilter(caller.scope(), r.bbox(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), null, null, Set.of(), null, null).withCondition(AllOf.of(r.conditions()));
        BuildingQuery query = new BuildingQuery(filter, id(r.after(), "after"), id(r.before(), "before"), r.limit(), false);
        // numberMatched on the first page only (Part 1 makes it optional): counting a whole city
        // again for every page would cost more than the page itself.
        Long matched = query.after() == null && query.before() == null ? service.store().count(filter) : null;
        java.time.LocalDate today = service.today();
        ctx.header("Content-Crs", r.crs().header());
        Answer.stream(ctx, f, OgcLinks.GEOJSON, "房屋 Buildings", json -> {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            Written page = query.before() == null ? forward(json, query, r.crs(), today) : backward(json, query, r.crs(), today);
            json.writeEndArray();
            if (matched != null) {
                json.writeNumberField("numberMatched", matched);
            }
            json.writeNumberField("numberReturned", page.count());
            json.writeStringField("timeStamp", Instant.now().toString());
            json.writeArrayFieldStart("links");
            pageLinks(json, ctx, f, null, null);
            if (page.hasNext()) {
                pageLinks(json, ctx, f, "next", page.last());
            }
            if (page.hasPrev()) {
                pageLinks(json, ctx, f, "prev", page.first());
            }
            FeaturePage.link(json, "collection", links.to(ctx, "/ogc/collections/buildings", Format.JSON), OgcLinks.JSON);
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The features written: how many, the first and last id, and whether pages lie beyond each end. */
    private record Written(int count, UUID first, UUID last, boolean hasNext, boolean hasPrev) {
    }

    /**
     * A page after a cursor (or the first), written while its rows stream in, as {@code /api}'s list
     * does: one row more than the page tells of a next one.
     */
    private Written forward(JsonGenerator json, BuildingQuery query, OgcCrs crs, java.time.LocalDate today)
            throws IOException {
        int[] count = {0};
        UUID[] ends = {null, null};
        boolean[] more = {false};
        service.store().page(query, b -> {
            if (count[0] == query.limit()) {
                more[0] = true;
                return;
            }
            BuildingJson.writeSummary(json, inCrs(b, crs), today);
            ends[0] = ends[0] == null ? b.id() : ends[0];
            ends[1] = b.id();
            count[0]++;
        });
        return new Written(count[0], ends[0], ends[1], more[0], query.after() != null && count[0] > 0);
    }

    /** A page before a cursor: fetched nearest first, so held and written in id order. */
    private Written backward(JsonGenerator json, BuildingQuery query, OgcCrs crs, java.time.LocalDate today)
            throws IOException {
        List<Building> rows = new ArrayList<>(query.limit() + 1);
        service.store().page(query, rows::add);
        boolean more = rows.size() > query.limit();
        List<Building> page = more ? rows.subList(0, query.limit()) : rows;
        Collections.reverse(page);
        for (Building b : page) {
            BuildingJson.writeSummary(json, inCrs(b, crs), today);
        }
        return page.isEmpty() ? new Written(0, null, null, false, false)
                : new Written(page.size(), page.get(0).id(), page.get(page.size() - 1).id(), true, more);
    }

    /** self and alternate (without a rel), or next/prev in both formats. */
    private void pageLinks(JsonGenerator json, Context ctx, Format f, String rel, UUID id) throws IOException {
        String cursor = rel == null ? null : rel.equals("next") ? "after" : "before";
        String value = id == null ? null : id.toString();
        String jsonHref = links.here(ctx, rel == null ? keep(ctx, Format.JSON) : OgcLinks.page(cursor, value, Format.JSON));
        String htmlHref = links.here(ctx, rel == null ? keep(ctx, Format.HTML) : OgcLinks.page(cursor, value, Format.HTML));
        if (rel == null) {
            FeaturePage.link(json, f == Format.JSON ? "self" : "alternate", jsonHref, OgcLinks.GEOJSON);
            FeaturePage.link(json, f == Format.HTML ? "self" : "alternate", htmlHref, OgcLinks.HTML);
        } else {
            FeaturePage.link(json, rel, f == Format.JSON ? jsonHref : htmlHref, f == Format.JSON ? OgcLinks.GEOJSON : OgcLinks.HTML);
        }
    }

    private static java.util.Map<String, String> keep(Context ctx, Format f) {
        return java.util.Map.of("f", f.param());
    }

    void one(Context ctx, String featureId, OgcCrs crs, Format f, Caller caller) throws IOException {
        UUID id = id(featureId, "featureId");
        Building b = service.get(id, caller.scope());
        if (b.status() == org.housesafe.lifecycle.Status.WITHDRAWN) {
            // Part 4: a deleted feature is gone; its record and history stay under /api/buildings/{id}.
            throw org.housesafe.platform.web.ApiException.notFound("No feature " + featureId + " (withdrawn)");
        }
        ctx.header("ETag", IfMatch.etag(b.version()));
        ctx.header("Content-Crs", crs.header());
        // The feature as /api/buildings/{id} writes it, then its links (a foreign member GeoJSON allows).
        com.fasterxml.jackson.databind.util.TokenBuffer buffer = new com.fasterxml.jackson.databind.util.TokenBuffer(
                Answer.MAPPER, false);
        BuildingJson.writeFull(buffer, inCrs(b, crs), caller, service.today());
        com.fasterxml.jackson.databind.node.ObjectNode feature = Answer.MAPPER.readTree(buffer.asParser());
        com.fasterxml.jackson.databind.node.ArrayNode itemLinks = feature.putArray("links");
        links.selfAndAlternate(itemLinks, ctx, f, OgcLinks.GEOJSON, "房屋 " + b.houseCode());
        OgcLinks.add(itemLinks, "collection", OgcLinks.JSON, "房屋 Buildings",
                links.to(ctx, "/ogc/collections/buildings", Format.JSON));
        Answer.send(ctx, f, OgcLinks.GEOJSON, "房屋 " + b.houseCode(), feature);
    }

    static UUID id(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return BuildingQueryParser.parseUuid(value);
        } catch (IllegalArgumentException e) {
            if (name.equals("featureId")) {
                throw ApiException.notFound("no building " + (value.length() > 40 ? value.substring(0, 40) : value));
            }
            throw ApiException.badParameter(name, "must be a feature id from a next or prev link");
        }
    }

    /** {@code b} with its footprint in {@code crs}: the one thing that differs between the CRSs. */
    private static Building inCrs(Building b, OgcCrs crs) {
        if (crs == OgcCrs.CRS84) {
            return b;
        }
        return new Building(b.id(), b.houseCode(), b.address(), b.streetCode(), b.streetName(), b.communityCode(),
                b.communityName(), crs.fromStorage(b.footprint()), b.footprintArea(), b.floorArea(), b.floorsAbove(),
                b.use(), b.structure(), b.constructionPeriod(), b.vacant(), b.status(), b.judgement(), b.grade(),
                b.deadline(), b.batch(), b.attributesJson(), b.version(), b.surveyedAt(), b.createdAt(), b.updatedAt());
    }
}
