package org.housesafe.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.building.BuildingRoutes;
import org.housesafe.building.BuildingWrites;
import org.housesafe.building.EventRoutes;
import org.housesafe.building.Idempotency;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.IfMatch;
import org.housesafe.platform.web.JsonBody;

/**
 * OGC API Features Part 4 on the {@code buildings} collection: create (POST), replace (PUT),
 * update (PATCH, JSON Merge Patch) and delete. HTTP in and out only: each verb is the same
 * write as in {@code /api} ({@link BuildingWrites}), so the lifecycle's rules, street scopes,
 * If-Match (428 without, 412 when stale), Idempotency-Key and the audit chain apply alike. DELETE
 * removes nothing: it is the lifecycle's {@code withdrawal}, whose reason is required, sent as the
 * body {@code {"reason": "…"}} (a header cannot carry Chinese text plainly).
 */
public final class OgcItemWrites {
    static final String ITEMS = "/ogc/collections/buildings/items";

    /** The Part 4 conformance classes these routes implement, for {@code /ogc/conformance}. */
    public static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags",
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features");

    private final BuildingWrites writes;
    private final JsonBody body;

    public OgcItemWrites(BuildingWrites writes, JsonBody body) {
        this.writes = writes;
        this.body = body;
    }

    /** Every verb to field-work roles, as in {@code /api}; the lifecycle table decides who may withdraw. */
    public void register(JavalinConfig config) {
        config.routes.post(ITEMS, this::create, Role.FIELD_WORK);
        config.routes.put(ITEMS + "/{featureId}", this::replace, Role.FIELD_WORK);
        config.routes.patch(ITEMS + "/{featureId}", this::update, Role.FIELD_WORK);
        config.routes.delete(ITEMS + "/{featureId}", this::delete, Role.FIELD_WORK);
    }

    private void create(Context ctx) {
        UUID key = EventRoutes.idempotencyKey(ctx);
        EventRoutes.send(ctx, writes.create(AccessControl.caller(ctx), key, ITEMS, body.read(ctx)));
    }

    private void replace(Context ctx) {
        UUID key = EventRoutes.idempotencyKey(ctx);
        IfMatch ifMatch = IfMatch.parse(ctx.header("If-Match"));
        EventRoutes.send(ctx, writes.replace(AccessControl.caller(ctx), featureId(ctx), ifMatch, key,
                ctx.path(), body.readObject(ctx)));
    }

    private void update(Context ctx) {
        UUID key = EventRoutes.idempotencyKey(ctx);
        IfMatch ifMatch = IfMatch.parse(ctx.header("If-Match"));
        EventRoutes.send(ctx, writes.patch(AccessControl.caller(ctx), featureId(ctx), ifMatch, key,
                ctx.path(), body.readObject(ctx)));
    }

    /** 204 once withdrawn (and on a replay of the same request, marked as such). */
    private void delete(Context ctx) {
        UUID key = EventRoutes.idempotencyKey(ctx);
        IfMatch ifMatch = IfMatch.parse(ctx.header("If-Match"));
        Idempotency.Answer a = writes.events().withdraw(AccessControl.caller(ctx), featureId(ctx), ifMatch,
                key, ctx.path(), reason(ctx));
        ctx.status(204);
        if (a.replay()) {
            ctx.header("Idempotent-Replayed", "true");
        }
    }

    /** The item's id: a malformed one names no feature (404, as on GET). */
    private static UUID featureId(Context ctx) {
        return BuildingItems.id(ctx.pathParam("featureId"), "featureId");
    }

    /** The body's {@code reason}, or {@code null} without a body (the withdrawal then answers 422 on it). */
    private JsonNode reason(Context ctx) {
        if (ctx.contentType() == null && ctx.contentLength() <= 0) {
            return null;
        }
        JsonNode in = body.readObject(ctx);
        in.fieldNames().forEachRemaining(f -> {
            if (!f.equals("reason")) {
                throw ApiException.invalid("invalid-event", "Invalid action", f,
                        "unknown field; the body of a DELETE has only reason");
            }
        });
        return in.get("reason");
    }
}
