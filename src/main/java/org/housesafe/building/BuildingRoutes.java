package org.housesafe.building;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.UUID;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Caller;
import org.housesafe.account.Role;
import org.housesafe.lifecycle.Event;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.JsonBody;
import org.housesafe.platform.web.JsonStream;

/** HTTP in and out for buildings; the rules live in {@link BuildingService}. */
public final class BuildingRoutes {
    static final String GEOJSON = "application/geo+json";

    private final BuildingService service;
    private final BuildingQueryParser parser;
    private final JsonBody body;

    public BuildingRoutes(BuildingService service, BuildingQueryParser parser, JsonBody body) {
        this.service = service;
        this.parser = parser;
        this.body = body;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/buildings", this::list, Role.ANY);
        config.routes.post("/api/buildings", this::create, Role.FIELD_WORK);
        config.routes.get("/api/buildings/{id}", this::one, Role.ANY);
        config.routes.get("/api/buildings/{id}/events", this::events, Role.ANY);
    }

    private void list(Context ctx) throws IOException {
        BuildingQuery query = parser.parse(ctx.queryParamMap(), AccessControl.caller(ctx).scope(), service.today());
        long matched = service.store().count(query.filter());
        JsonStream.send(ctx, GEOJSON, json -> new FeaturePage(ctx, query, matched, service.today()).write(json, service.store()));
    }

    private void one(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        sendFeature(ctx, service.get(id(ctx), caller.scope()), 200, caller.masked());
    }

    private void create(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        Building b = service.create(body.read(ctx), caller);
        ctx.header("Location", "/api/buildings/" + b.id());
        sendFeature(ctx, b, 201, caller.masked());
    }

    private void events(Context ctx) throws IOException {
        UUID id = id(ctx);
        var history = service.history(id, AccessControl.caller(ctx).scope());
        JsonStream.send(ctx, "application/json", json -> {
            json.writeStartObject();
            json.writeStringField("buildingId", id.toString());
            json.writeArrayFieldStart("events");
            for (Event e : history) {
                BuildingJson.writeEvent(json, e);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void sendFeature(Context ctx, Building b, int status, boolean masked) throws IOException {
        ctx.status(status);
        ctx.header("ETag", "\"" + b.version() + "\"");
        JsonStream.send(ctx, GEOJSON, json -> BuildingJson.writeFull(json, b, masked, service.today()));
    }

    static UUID id(Context ctx) {
        try {
            return BuildingQueryParser.parseUuid(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("id", "must be a building id (UUID)");
        }
    }
}
