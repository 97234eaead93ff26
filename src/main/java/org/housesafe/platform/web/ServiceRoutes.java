package org.housesafe.platform.web;

import io.javalin.config.JavalinConfig;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.housesafe.config.Config;
import org.housesafe.platform.db.Database;

/** {@code /health} for operators and {@code /api/config} for the web app. */
public final class ServiceRoutes {
    private final Database db;
    private final Config config;

    public ServiceRoutes(Database db, Config config) {
        this.db = db;
        this.config = config;
    }

    public void register(JavalinConfig javalin) {
        javalin.routes.get("/health", ctx -> {
            try (Connection c = db.connection()) {
                ctx.json(Map.of("status", "ok", "backend", db.dialect().name(), "version", db.dialect().version(c)));
            }
        }, Access.PUBLIC);
        javalin.routes.get("/api/config", ctx -> ctx.json(webConfig()), Access.PUBLIC);
    }

    private Map<String, Object> webConfig() {
        var e = config.extent();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("basemap", config.basemap().code());
        out.put("tiandituKey", config.tiandituKey());
        out.put("extent", List.of(e.minLon(), e.minLat(), e.maxLon(), e.maxLat()));
        out.put("initialView", Map.of("lon", 112.56, "lat", 26.89, "zoom", 13));
        return out;
    }
}
