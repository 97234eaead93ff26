package org.housesafe.building;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.UUID;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.IfMatch;
import org.housesafe.platform.web.JsonBody;

/** {@code POST /api/buildings/{id}/events}: a lifecycle action, conditional and idempotent. */
public final class EventRoutes {
    private static final Role[] ACTORS = {Role.INSPECTOR, Role.STREET_OFFICE, Role.DISTRICT, Role.APPRAISER};

    private final EventWrites writes;
    private final JsonBody body;

    public EventRoutes(EventWrites writes, JsonBody body) {
        this.writes = writes;
        this.body = body;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/api/buildings/{id}/events", this::perform, ACTORS);
    }

    private void perform(Context ctx) {
        UUID key = idempotencyKey(ctx);
        IfMatch ifMatch = IfMatch.parse(ctx.header("If-Match"));
        send(ctx, writes.perform(AccessControl.caller(ctx), BuildingRoutes.id(ctx), ifMatch, key, ctx.path(),
                body.readObject(ctx)));
    }

    /** Sends the answer of an idempotent write, saying when it is a replay of the first one. */
    public static void send(Context ctx, Idempotency.Answer a) {
        ctx.status(a.status()).header("ETag", a.etag()).contentType(BuildingRoutes.GEOJSON)
                .result(a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (a.location() != null) {
            ctx.header("Location", a.location());
        }
        if (a.replay()) {
            ctx.header("Idempotent-Replayed", "true");
        }
    }

    /** The client's key for this write (a UUID); the same key always gets the same answer. */
    public static UUID idempotencyKey(Context ctx) {
        String v = ctx.header("Idempotency-Key");
        if (v == null || v.isBlank()) {
            throw ApiException.badRequest("Send an Idempotency-Key header (a UUID) with every write");
        }
        try {
            return BuildingQueryParser.parseUuid(v.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("Idempotency-Key", "must be a UUID");
        }
    }
}
