package org.housesafe.adminunit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.housesafe.account.AccessControl;
import org.housesafe.account.Role;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;
import org.housesafe.platform.web.JsonStream;

/** {@code GET /api/admin-units?level=street|community}: boundaries with codes and names. */
public final class AdminUnitRoutes {
    private final AdminUnitStore store;

    public AdminUnitRoutes(AdminUnitStore store) {
        this.store = store;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/admin-units", this::list, Role.ANY);
    }

    private void list(Context ctx) throws IOException {
        AdminUnit.Level level = Levels.parse(ctx.queryParam("level"), "level", AdminUnit.Level.STREET);
        JsonStream.send(ctx, "application/geo+json", json -> {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            store.list(level, AccessControl.caller(ctx).scope(), u -> {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", u.code());
                json.writeFieldName("geometry");
                GeoJsonGeometryWriter.write(json, u.boundary());
                json.writeObjectFieldStart("properties");
                json.writeStringField("code", u.code());
                json.writeStringField("name", u.name());
                json.writeStringField("level", u.level().code());
                json.writeStringField("parentCode", u.parentCode());
                json.writeBooleanField("synthetic", u.synthetic());
                json.writeEndObject();
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
