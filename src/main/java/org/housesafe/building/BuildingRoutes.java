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
import org.housesafe.platform.web.IfMatch;
import org.housesafe.platform.web.JsonBody;
import org.housesafe.platform.web.JsonStream;

/** HTTP in and out for buildings; the rules live in {@link BuildingService}. */
public final class BuildingRoutes {
    static final String GEOJSON = "application/geo+json";

    private final BuildingService service;
    private final BuildingQueryParser parser;
    private final BuildingWrites writes;
    private final JsonBody body;

    public BuildingRoutes(BuildingService service, BuildingQueryParser parser, BuildingWrites writes, JsonBody body) {
        this.service = service;
        this.parser = parser;
        this.writes = writes;
        this.body = body;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/buildings", this::list, Role.ANY);
        config.routes.post("/api/buildings", this::create, Role.FIELD_WORK);
        config.routes.get("/api/buildings/{id}", this::one, Role.ANY);
        config.routes.patch("/api/buildings/{id}", this::patch, Role.FIELD_WORK);
        config.routes.get("/api/buildings/{id}/events", this::events, Role.ANY);
        config.routes.get("/api/events", this::histories, Role.ANY);
    }

    private void list(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        BuildingQuery query = parser.parse(ctx.queryParamMap(), caller.scope(), service.today());
        long matched = service.store().count(query.filter());
        JsonStream.send(ctx, GEOJSON,
                json -> new FeaturePage(ctx, query, matched, service.today(), caller).write(json, service.store()));
    }

    private void one(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        Building b = service.get(id(ctx), caller.scope());
        ctx.header("ETag", IfMatch.etag(b.version()));
        JsonStream.send(ctx, GEOJSON, json -> BuildingJson.writeFull(json, b, caller, service.today()));
    }

    private void create(Context ctx) {
        UUID key = EventRoutes.idempotencyKey(ctx);
        EventRoutes.send(ctx, writes.create(AccessControl.caller(ctx), key, ctx.path(), body.read(ctx)));
    }

    private void patch(Context ctx) {
        UUID key = EventRoutes.idempotencyKey(ctx);
        IfMatch ifMatch = IfMatch.parse(ctx.header("If-Match"));
        EventRoutes.send(ctx, writes.patch(AccessControl.caller(ctx), id(ctx), ifMatch, key, ctx.path(),
                body.readObject(ctx)));
    }

    private void events(Context ctx) throws IOException {
        UUID id = id(ctx);
        Caller caller = AccessControl.caller(ctx);
        var history = service.history(id, caller.scope());
        JsonStream.send(ctx, "application/json", json -> {
            json.writeStartObject();
            json.writeStringField("buildingId", id.toString());
            json.writeArrayFieldStart("events");
            for (Event e : history) {
                BuildingJson.writeEvent(json, e, caller.masked());
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The histories of the buildings of the list's filter in the caller's streets, paged (offline copies). */
    private void histories(Context ctx) throws IOException {
        Caller caller = AccessControl.caller(ctx);
        HistoryQuery query = HistoryQuery.parse(parser, ctx.queryParamMap(), caller.scope(), service.today());
        JsonStream.send(ctx, "application/json",
                json -> new HistoryPage(ctx, query, caller.masked()).write(json, service.store()));
    }

    public static UUID id(Context ctx) {
        try {
            return BuildingQueryParser.parseUuid(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("id", "must be a building id (UUID)");
        }
    }
}
